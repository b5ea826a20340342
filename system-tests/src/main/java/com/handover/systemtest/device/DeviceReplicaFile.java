package com.handover.systemtest.device;

import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.ReplicaSnapshot;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a device holds, read from its replica file after its process ended: every operation with where it came
 * from and its sync status, and the photos its operations name.
 */
public record DeviceReplicaFile(String deviceId, List<Row> rows, Set<String> referencedPhotos,
                                Set<String> photosNotUploaded, int outbox) {

    public record Row(Operation operation, String origin, String status) {
    }

    /**
     * Opens the file for writing, as the app's next start does: a snapshot install killed mid-transaction leaves a
     * hot rollback journal, which only a writer rolls back (a read-only opening is refused with
     * {@code SQLITE_READONLY_ROLLBACK}). What is read is then what the app would hold when started again.
     */
    public static DeviceReplicaFile read(Path folder) {
        OperationCodec codec = new OperationCodec();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("replica.db").toAbsolutePath());
             Statement s = c.createStatement()) {
            String device;
            try (ResultSet rs = s.executeQuery("SELECT value FROM settings WHERE key = 'device.id'")) {
                device = rs.next() ? rs.getString(1) : null;
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT json, origin, sync_status FROM operations ORDER BY seq")) {
                while (rs.next()) {
                    rows.add(new Row(codec.fromJson(rs.getString(1)), rs.getString(2), rs.getString(3)));
                }
            }
            Set<String> referenced = new HashSet<>();
            Set<String> notUploaded = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT sha, upload_state FROM photos WHERE referenced = 1")) {
                while (rs.next()) {
                    referenced.add(rs.getString(1));
                    if (!"UPLOADED".equals(rs.getString(2))) {
                        notUploaded.add(rs.getString(1));
                    }
                }
            }
            int outbox;
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox")) {
                outbox = rs.next() ? rs.getInt(1) : 0;
            }
            return new DeviceReplicaFile(device, rows, referenced, notUploaded, outbox);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the replica in " + folder, e);
        }
    }

    /** The operations this device recorded itself (whatever the server said). */
    public List<Operation> own() {
        return rows.stream().filter(r -> r.origin().equals("LOCAL")).map(Row::operation).toList();
    }

    public Set<UUID> ownIds() {
        Set<UUID> ids = new HashSet<>();
        own().forEach(o -> ids.add(o.id()));
        return ids;
    }

    public long rejected() {
        return rows.stream().filter(r -> r.status().equals("REJECTED")).count();
    }

    /** The state the app shows: the reducer over every operation the server did not refuse. */
    public ReplicaSnapshot snapshot() {
        return Reducer.reduce(rows.stream().filter(r -> !r.status().equals("REJECTED")).map(Row::operation).toList())
                .snapshot();
    }
}
