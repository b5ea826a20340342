package com.handover.systemtest.verify;

import com.handover.model.sync.Operation;
import com.handover.model.sync.ReplicaSnapshot;
import com.handover.model.testing.SnapshotDiff;
import com.handover.systemtest.device.DeviceReplicaFile;
import com.handover.systemtest.http.ApiClient;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The end-of-scenario proof: the server holds exactly the operations the devices created (none lost, none twice,
 * none it should not have), every device's state equals the server's, and every photo the operations name is on
 * the server with bytes that hash to its name. Prints one summary line.
 */
public final class ScenarioCheck {

    public record Summary(String scenario, int devices, long created, long serverOperations, int photos,
                          Map<String, Object> extra) {
        public String line() {
            StringBuilder sb = new StringBuilder("[scenario] ").append(scenario).append(": devices=").append(devices)
                    .append(" created=").append(created).append(" onServer=").append(serverOperations)
                    .append(" lost=0 duplicated=0 photos=").append(photos).append('/').append(photos)
                    .append(" states=identical");
            extra.forEach((k, v) -> sb.append(' ').append(k).append('=').append(v));
            return sb.toString();
        }
    }

    private ScenarioCheck() {
    }

    /**
     * @param officeToken a token of a user who sees everything the devices wrote
     * @param extra       more counts for the summary line (faults, restarts, kills)
     */
    public static Summary verify(String scenario, ApiClient api, String officeToken, List<DeviceReplicaFile> devices,
                                 Map<String, Object> extra) {
        ServerLog server = ServerLog.pull(api, officeToken);
        if (!server.positionsIncrease()) {
            throw new AssertionError(scenario + ": pull positions do not increase: " + server.positions());
        }
        if (server.ids().size() != server.operations().size()) {
            throw new AssertionError(scenario + ": the server holds " + server.operations().size()
                    + " operations but only " + server.ids().size() + " distinct ids");
        }
        long createdCount = nothingLost(scenario, server, devices);
        ReplicaSnapshot expected = server.snapshot();
        everyReplicaEqualsTheServer(scenario, server, expected, devices);
        Set<String> photos = everyPhotoStored(scenario, api, officeToken, server, devices);
        Map<String, Object> more = new LinkedHashMap<>(extra);
        more.put("conflicts", expected.conflicts().size());
        Summary s = new Summary(scenario, devices.size(), createdCount, server.operations().size(), photos.size(), more);
        System.out.println(s.line());
        return s;
    }

    /** Every operation a device recorded is on the server once, and nothing else is; the number recorded. */
    private static long nothingLost(String scenario, ServerLog server, List<DeviceReplicaFile> devices) {
        Set<UUID> created = new HashSet<>();
        long createdCount = 0;
        for (DeviceReplicaFile d : devices) {
            createdCount += d.own().size();
            created.addAll(d.ownIds());
            if (d.rejected() > 0) {
                throw new AssertionError(scenario + ": device " + d.deviceId() + " has " + d.rejected()
                        + " operations the server refused");
            }
            if (d.outbox() > 0) {
                throw new AssertionError(scenario + ": device " + d.deviceId() + " still has " + d.outbox()
                        + " operations waiting");
            }
        }
        if (created.size() != createdCount) {
            throw new AssertionError(scenario + ": devices recorded " + createdCount + " operations under "
                    + created.size() + " ids");
        }
        Set<UUID> lost = new TreeSet<>(created);
        lost.removeAll(server.ids());
        Set<UUID> unexpected = new TreeSet<>(server.ids());
        unexpected.removeAll(created);
        if (!lost.isEmpty() || !unexpected.isEmpty()) {
            throw new AssertionError(scenario + ": " + lost.size() + " operations lost " + first(lost) + ", "
                    + unexpected.size() + " on the server that no device recorded " + first(unexpected));
        }
        return createdCount;
    }

    private static void everyReplicaEqualsTheServer(String scenario, ServerLog server, ReplicaSnapshot expected,
                                                    List<DeviceReplicaFile> devices) {
        for (DeviceReplicaFile d : devices) {
            String diff = SnapshotDiff.firstDifference(expected, d.snapshot());
            if (diff != null) {
                throw new AssertionError(scenario + ": device " + d.deviceId() + " differs from the server: " + diff);
            }
            Set<UUID> held = new HashSet<>();
            d.rows().forEach(r -> held.add(r.operation().id()));
            if (!held.equals(server.ids())) {
                throw new AssertionError(scenario + ": device " + d.deviceId() + " holds " + held.size()
                        + " operations, the server " + server.ids().size());
            }
        }
    }

    /** Every photo an operation names is on a device and on the server with the bytes its name hashes; those. */
    private static Set<String> everyPhotoStored(String scenario, ApiClient api, String officeToken, ServerLog server,
                                                List<DeviceReplicaFile> devices) {
        Set<String> photos = new TreeSet<>();
        for (Operation op : server.operations()) {
            photos.addAll(op.payload().namedPhotos());
        }
        Set<String> onDevices = new TreeSet<>();
        devices.forEach(d -> onDevices.addAll(d.referencedPhotos()));
        if (!onDevices.containsAll(photos)) {
            Set<String> missing = new TreeSet<>(photos);
            missing.removeAll(onDevices);
            throw new AssertionError(scenario + ": operations name photos no device holds: " + first(missing));
        }
        for (String sha : photos) {
            ApiClient.Response r = api.call("GET", "/api/v1/blobs/" + sha, officeToken, null);
            if (r.status() != 200) {
                throw new AssertionError(scenario + ": photo " + sha + " is not on the server: " + r.status());
            }
            String actual = ServerDatabase.sha256(r.body());
            if (!actual.equals(sha)) {
                throw new AssertionError(scenario + ": photo " + sha + " comes back with bytes hashing to " + actual);
            }
        }
        ApiClient.Response missing = api.call("GET", "/api/v1/blobs/missing", officeToken, null);
        if (missing.status() != 200 || missing.json().get("missing").size() != 0) {
            throw new AssertionError(scenario + ": the server still misses photos: " + missing.text());
        }
        return photos;
    }

    private static String first(Set<?> items) {
        List<Object> l = new ArrayList<>(items);
        return l.isEmpty() ? "" : "(e.g. " + l.subList(0, Math.min(3, l.size())) + ")";
    }
}
