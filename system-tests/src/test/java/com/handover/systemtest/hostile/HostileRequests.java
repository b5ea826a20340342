package com.handover.systemtest.hostile;

import com.handover.systemtest.support.World;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.handover.model.ItemResult;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.systemtest.device.Jpegs;
import com.handover.systemtest.server.TestSite;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Draws one hostile request from a seed: malformed and oversized bodies, wrong types, deep nesting, invalid UTF-8,
 * unknown fields and kinds, operations on records that do not exist or belong to someone else, another role's
 * operations, expired, revoked and forged tokens, unknown endpoints. Each case says what a correct server answers.
 */
final class HostileRequests {

    /** What the server must answer. */
    enum Expect {
        /** A 4xx with the protocol's JSON error body. */
        ERROR,
        /** 200 with every operation of the push REJECTED, with one of the per-operation codes. */
        ALL_REJECTED
    }

    record Case(String what, String method, String path, Map<String, String> headers, byte[] body, Expect expect,
                int operations) {
    }

    static final Set<String> REJECT_CODES = Set.of("INVALID", "UNKNOWN_TYPE", "OUT_OF_SCOPE", "FORBIDDEN_ROLE",
            "ID_REUSED", "UNKNOWN_ENTITY", "DEVICE_MISMATCH");
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] ENDPOINTS = {"POST /api/v1/sync/push", "GET /api/v1/sync/pull",
        "GET /api/v1/reference", "GET /api/v1/blobs/missing", "POST /api/v1/auth/logout",
        "GET /api/v1/templates/FINISHED/1"};

    private final World w;

    HostileRequests(World world) {
        this.w = world;
    }

    Case draw(long seed) {
        Random r = new Random(seed);
        return switch (r.nextInt(10)) {
            case 0, 1, 2, 3 -> badOperations(r);
            case 4 -> badPushBody(r);
            case 5 -> badAuth(r);
            case 6 -> badPull(r);
            case 7 -> badBlob(r);
            case 8 -> badLogin(r);
            default -> oddEndpoint(r);
        };
    }

    private static Map<String, String> headers(String token) {
        Map<String, String> h = new HashMap<>();
        h.put("X-Protocol-Version", "1");
        if (token != null) {
            h.put("Authorization", "Bearer " + token);
        }
        h.put("Content-Type", "application/json; charset=utf-8");
        return h;
    }

    private static byte[] utf8(Object json) {
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ---- pushes whose envelope is fine but every operation is wrong ----

    private Case badOperations(Random r) {
        int n = 1 + r.nextInt(4);
        List<JsonNode> ops = new ArrayList<>();
        List<String> what = new ArrayList<>();
        String as = r.nextInt(6) == 0 ? "maintenance" : "inspector";
        for (int i = 0; i < n; i++) {
            var m = as.equals("maintenance") ? maintenanceMutation(r) : inspectorMutation(r);
            ops.add(m.node);
            what.add(m.what);
        }
        String token = as.equals("maintenance") ? w.tokenMaintenance : w.tokenA;
        String device = as.equals("maintenance") ? World.DEVICE_M : World.DEVICE_A;
        return new Case("push as " + as + " of " + what, "POST", "/api/v1/sync/push", headers(token),
                utf8(w.pushBody(device, ops)), Expect.ALL_REJECTED, n);
    }

    private record Mutated(String what, JsonNode node) {
    }

    private Operation validItem(Random r) {
        return w.op(OperationType.INSPECTION_ITEM_RECORDED, w.inspectionA, TestSite.INSPECTOR_A, World.DEVICE_A,
                new InspectionOps.ItemRecorded("KITCHEN", "F-KITCHEN-WALL_TILE_FLAT",
                        ItemResult.values()[r.nextInt(ItemResult.values().length)], null, null));
    }

    private Mutated maintenanceMutation(Random r) {
        Operation op = switch (r.nextInt(3)) {
            case 0 -> w.op(OperationType.INSPECTION_ITEM_RECORDED, w.inspectionA, TestSite.MAINTENANCE_1,
                    World.DEVICE_M, new InspectionOps.ItemRecorded("LIVING", "F-LIVING-WALL_FLAT", ItemResult.PASS,
                            null, null));
            case 1 -> w.op(OperationType.WORK_ORDER_SETTLED, w.workOrderA, TestSite.MAINTENANCE_1, World.DEVICE_M,
                    new WorkOrderOps.Settled("2026-Q4"));
            default -> w.op(OperationType.DEFECT_VOIDED, w.defectA, TestSite.MAINTENANCE_1, World.DEVICE_M,
                    new DefectOps.Voided("不是我的"));
        };
        return new Mutated("another role's " + op.type().wireName(), w.json(op));
    }

    private Mutated inspectorMutation(Random r) {
        Operation valid = validItem(r);
        ObjectNode o = w.json(valid);
        ObjectNode p = (ObjectNode) o.get("payload");
        switch (r.nextInt(22)) {
            case 0 -> o.put("id", UUID.randomUUID().toString().toUpperCase());
            case 1 -> o.put("id", r.nextLong());
            case 2 -> o.remove("id");
            case 3 -> o.put("id", w.storedItem.id().toString());
            case 4 -> o.put("type", "inspection.item_deleted");
            case 5 -> o.set("type", F.arrayNode().add("inspection.item_recorded"));
            case 6 -> o.put("entity", UUID.randomUUID().toString());
            case 7 -> o.put("entity", w.inspectionB.toString());
            case 8 -> o.put("hlc", r.nextBoolean() ? "yesterday" : "99999999999999999.000000." + World.DEVICE_A);
            case 9 -> o.put("actor", r.nextBoolean() ? TestSite.INSPECTOR_B : "Robert'); DROP TABLE users;--");
            case 10 -> {
                o.put("device", "someone-else");
                o.put("hlc", o.get("hlc").asText().replace(World.DEVICE_A, "someone-else"));
            }
            case 11 -> o.put("prev", "not-a-uuid");
            case 12 -> o.put("sneaky", true);
            case 13 -> p.put("unknownField", "x");
            case 14 -> p.put("result", r.nextBoolean() ? "MAYBE" : "pass");
            case 15 -> p.put("measuredValue", r.nextBoolean() ? 1e300 : -2e5);
            case 16 -> p.put("note", "长".repeat(20_000));
            case 17 -> p.remove("itemCode");
            case 18 -> p.set("room", F.numberNode(r.nextInt()));
            case 19 -> {
                Operation start = w.op(OperationType.INSPECTION_STARTED, UUID.randomUUID(), TestSite.INSPECTOR_A,
                        World.DEVICE_A, new InspectionOps.Started(r.nextBoolean() ? w.site.unitsB.get(1).id()
                                : UUID.randomUUID(), com.handover.model.InspectionKind.HANDOVER, "FINISHED", 1,
                                List.of("LIVING"), List.of()));
                return new Mutated("inspection on a unit of another project or of none", w.json(start));
            }
            case 20 -> {
                Operation voided = w.op(OperationType.DEFECT_VOIDED, w.defectA, TestSite.INSPECTOR_A,
                        World.DEVICE_A, new DefectOps.Voided("删掉"));
                return new Mutated("defect.voided by an inspector", w.json(voided));
            }
            default -> {
                Operation wo = w.op(OperationType.WORK_ORDER_ARRIVED, w.defectA, TestSite.INSPECTOR_A,
                        World.DEVICE_A, new WorkOrderOps.Arrived(Instant.now()));
                return new Mutated("a work order operation on a defect's id", w.json(wo));
            }
        }
        return new Mutated("mutated " + o, o);
    }

    // ---- pushes refused as a whole ----

    private Case badPushBody(Random r) {
        Map<String, String> h = headers(w.tokenA);
        byte[] body;
        String what;
        switch (r.nextInt(11)) {
            case 0 -> {
                body = new byte[1 + r.nextInt(300)];
                r.nextBytes(body);
                what = "random bytes";
            }
            case 1 -> {
                String s = w.pushBody(World.DEVICE_A, List.of(w.json(validItem(r)))).toString();
                body = s.substring(0, 1 + r.nextInt(s.length() - 1)).getBytes(StandardCharsets.UTF_8);
                what = "truncated JSON";
            }
            case 2 -> {
                byte[] ok = utf8(w.pushBody(World.DEVICE_A, List.of(w.json(validItem(r)))));
                int at = ok.length / 2;
                body = new byte[ok.length + 2];
                System.arraycopy(ok, 0, body, 0, at);
                body[at] = (byte) 0xC3;
                body[at + 1] = (byte) (r.nextBoolean() ? 0x28 : 0xFF);
                System.arraycopy(ok, at, body, at + 2, ok.length - at);
                what = "invalid UTF-8";
            }
            case 3 -> {
                int depth = 1_000 + r.nextInt(20_000);
                body = ("{\"deviceId\":\"" + World.DEVICE_A + "\",\"operations\":" + "[".repeat(depth)
                        + "]".repeat(depth) + "}").getBytes(StandardCharsets.UTF_8);
                what = "nesting " + depth + " deep";
            }
            case 4 -> {
                String[] tops = {"[]", "null", "42", "\"push\"", "true", ""};
                body = tops[r.nextInt(tops.length)].getBytes(StandardCharsets.UTF_8);
                what = "not an object: " + new String(body, StandardCharsets.UTF_8);
            }
            case 5 -> {
                ObjectNode b = w.pushBody(World.DEVICE_A, List.of());
                switch (r.nextInt(5)) {
                    case 0 -> b.put("extra", 1);
                    case 1 -> b.remove("deviceId");
                    case 2 -> b.put("deviceId", World.DEVICE_B);
                    case 3 -> b.set("deviceId", F.numberNode(7));
                    default -> b.put("operations", "all of them");
                }
                body = utf8(b);
                what = "bad envelope " + b;
            }
            case 6 -> {
                ArrayNode many = F.arrayNode();
                JsonNode one = w.json(validItem(r));
                for (int i = 0; i < 501 + r.nextInt(100); i++) {
                    many.add(one);
                }
                ObjectNode b = w.pushBody(World.DEVICE_A, List.of());
                b.set("operations", many);
                body = utf8(b);
                what = many.size() + " operations";
            }
            case 7 -> {
                body = ("{\"deviceId\":\"" + World.DEVICE_A + "\",\"operations\":[],\"pad\":\""
                        + "x".repeat(4 * 1024 * 1024 + r.nextInt(1024)) + "\"}").getBytes(StandardCharsets.UTF_8);
                what = "a body over 4 MiB";
            }
            case 8 -> {
                body = utf8(w.pushBody(World.DEVICE_A, List.of(w.json(validItem(r)))));
                h.put("Content-Type", r.nextBoolean() ? "text/plain" : "application/xml");
                what = "content type " + h.get("Content-Type");
            }
            case 9 -> {
                body = ("{\"deviceId\":\"" + World.DEVICE_A + "\",\"operations\":[" + "1e99999999,".repeat(3)
                        + "\"" + "\\u0000".repeat(10) + "\"]}").getBytes(StandardCharsets.UTF_8);
                what = "huge numbers and NULs";
            }
            default -> {
                body = ("{\"deviceId\":\"" + World.DEVICE_A + "\",\"deviceId\":\"" + World.DEVICE_A
                        + "\",\"operations\":[]}").getBytes(StandardCharsets.UTF_8);
                what = "duplicate member names";
            }
        }
        if (what.equals("huge numbers and NULs")) {
            return new Case("push body: " + what, "POST", "/api/v1/sync/push", h, body, Expect.ALL_REJECTED, 4);
        }
        return new Case("push body: " + what, "POST", "/api/v1/sync/push", h, body, Expect.ERROR, 0);
    }

    // ---- tokens and protocol versions ----

    private Case badAuth(Random r) {
        String endpoint = ENDPOINTS[r.nextInt(ENDPOINTS.length)];
        String[] mp = endpoint.split(" ");
        Map<String, String> h = headers(null);
        String what;
        switch (r.nextInt(7)) {
            case 0 -> what = "no token";
            case 1 -> {
                h.put("Authorization", "Bearer " + w.expiredToken);
                what = "expired token";
            }
            case 2 -> {
                h.put("Authorization", "Bearer " + w.revokedToken);
                what = "revoked token";
            }
            case 3 -> {
                h.put("Authorization", "Bearer " + com.handover.server.auth.Tokens.newToken());
                what = "forged token";
            }
            case 4 -> {
                h.put("Authorization", r.nextBoolean() ? "Basic aW5zcGVjdG9yOnB3" : "Bearer " + "A".repeat(5000));
                what = "malformed authorization";
            }
            case 5 -> {
                h.put("Authorization", "Bearer " + w.tokenA);
                h.put("X-Protocol-Version", r.nextBoolean() ? "2" : "one");
                what = "protocol version " + h.get("X-Protocol-Version");
            }
            default -> {
                h.put("Authorization", "Bearer " + w.tokenA.substring(0, 42) + (w.tokenA.charAt(42) == 'A' ? 'B' : 'A'));
                what = "token with one character changed";
            }
        }
        byte[] body = mp[0].equals("POST") ? utf8(w.pushBody(World.DEVICE_A, List.of())) : null;
        return new Case(what + " on " + endpoint, mp[0], mp[1], h, body, Expect.ERROR, 0);
    }

    private Case badPull(Random r) {
        String[] afters = {"-1", "abc", "99999999999999999999", "1e3", "%00", "9223372036854775807", " 1", "0x10", "+7"};
        String[] limits = {"0", "-5", "1001", "abc", "99999999999", "1.5", ""};
        boolean badAfter = r.nextBoolean();
        String q = badAfter ? "after=" + afters[r.nextInt(afters.length)] : "limit=" + limits[r.nextInt(limits.length - 1)];
        return new Case("pull " + q, "GET", "/api/v1/sync/pull?" + q.replace(" ", "%20").replace("+", "%2B"),
                headers(w.tokenA), null, Expect.ERROR, 0);
    }

    // ---- photos ----

    private Case badBlob(Random r) {
        Map<String, String> h = headers(w.tokenA);
        h.put("Content-Type", "application/octet-stream");
        String sha = w.photoSha;
        byte[] jpeg = Jpegs.photo(r.nextLong(), 32, 24);
        String jpegSha = com.handover.systemtest.verify.ServerDatabase.sha256(jpeg);
        switch (r.nextInt(11)) {
            case 0 -> {
                String[] bad = {sha.toUpperCase(), sha.substring(1), "zz" + sha.substring(2), "..%2F..%2Fetc%2Fpasswd"};
                return new Case("blob with a bad name", "GET", "/api/v1/blobs/" + bad[r.nextInt(bad.length)],
                        h, null, Expect.ERROR, 0);
            }
            case 1 -> {
                byte[] text = ("not a photo " + r.nextLong()).getBytes(StandardCharsets.UTF_8);
                h.put("X-Blob-Length", Integer.toString(text.length));
                return new Case("upload of text", "PUT", "/api/v1/blobs/"
                        + com.handover.systemtest.verify.ServerDatabase.sha256(text) + "?offset=0", h, text, Expect.ERROR, 0);
            }
            case 2 -> {
                String[] lengths = {null, "-1", "abc", Long.toString(16L * 1024 * 1024), "0"};
                h.put("X-Blob-Length", lengths[r.nextInt(lengths.length)]);
                return new Case("upload with X-Blob-Length " + h.get("X-Blob-Length"), "PUT",
                        "/api/v1/blobs/" + jpegSha + "?offset=0", h, jpeg, Expect.ERROR, 0);
            }
            case 3 -> {
                h.put("X-Blob-Length", Integer.toString(jpeg.length + 100));
                return new Case("upload continuing at an offset never reached", "PUT", "/api/v1/blobs/" + jpegSha
                        + "?offset=" + (1 + r.nextInt(50)), h, java.util.Arrays.copyOf(jpeg, 10), Expect.ERROR, 0);
            }
            case 4 -> {
                h.put("X-Blob-Length", Integer.toString(jpeg.length));
                String other = com.handover.systemtest.verify.ServerDatabase.sha256(("x" + r.nextLong()).getBytes());
                return new Case("complete upload whose bytes hash to another name", "PUT", "/api/v1/blobs/" + other
                        + "?offset=0", h, jpeg, Expect.ERROR, 0);
            }
            case 5 -> {
                h.put("X-Blob-Length", Integer.toString(jpeg.length - 5));
                return new Case("more bytes than X-Blob-Length", "PUT", "/api/v1/blobs/" + jpegSha + "?offset=0", h,
                        jpeg, Expect.ERROR, 0);
            }
            case 6 -> {
                Map<String, String> hb = headers(w.tokenB);
                return new Case("another project's photo", "GET", "/api/v1/blobs/" + sha, hb, null, Expect.ERROR, 0);
            }
            case 7 -> {
                return new Case("a photo nobody uploaded", "GET", "/api/v1/blobs/" + jpegSha, h, null, Expect.ERROR, 0);
            }
            case 8 -> {
                h.put("Range", "bytes=" + (w.photo.length + r.nextInt(1000)) + "-");
                return new Case("range past the end", "GET", "/api/v1/blobs/" + sha, h, null, Expect.ERROR, 0);
            }
            case 9 -> {
                return new Case("upload status of a bad name", "GET", "/api/v1/blobs/" + sha.substring(3) + "/upload",
                        h, null, Expect.ERROR, 0);
            }
            default -> {
                h.put("X-Blob-Length", Integer.toString(5 * 1024 * 1024));
                byte[] big = new byte[4 * 1024 * 1024 + 1 + r.nextInt(1000)];
                System.arraycopy(jpeg, 0, big, 0, jpeg.length);
                return new Case("a chunk over 4 MiB", "PUT", "/api/v1/blobs/" + jpegSha + "?offset=0", h, big,
                        Expect.ERROR, 0);
            }
        }
    }

    // ---- sign-in ----

    private Case badLogin(Random r) {
        ObjectNode b = F.objectNode();
        b.put("username", "nobody-" + Long.toHexString(r.nextLong()));
        b.put("password", "wrong");
        b.put("deviceId", "dev-" + r.nextInt(1000));
        String what;
        switch (r.nextInt(12)) {
            case 0 -> {
                b.put("username", TestSite.INSPECTOR_A);
                what = "wrong password for a real user";
                // one such case in ~120 keeps the user below the lockout threshold over a run
                if (r.nextInt(10) != 0) {
                    b.put("username", "ghost-" + Long.toHexString(r.nextLong()));
                    what = "unknown user";
                }
            }
            case 1 -> {
                b.put("deviceId", r.nextBoolean() ? "bad device id!" : "x".repeat(65));
                what = "bad device id";
            }
            case 2 -> {
                b.put("username", "u".repeat(257 + r.nextInt(5000)));
                what = "huge user name";
            }
            case 3 -> {
                b.set("password", F.numberNode(12345));
                what = "password of the wrong type";
            }
            case 4 -> {
                b.remove(r.nextBoolean() ? "username" : "deviceId");
                what = "missing field";
            }
            case 5 -> {
                b.put("admin", true);
                what = "unknown field";
            }
            case 6 -> {
                b.put("username", "line\nbreak");
                what = "control character";
            }
            default -> {
                byte[] junk = new byte[r.nextInt(200)];
                r.nextBytes(junk);
                return new Case("login with random bytes", "POST", "/api/v1/auth/login", headers(null), junk,
                        Expect.ERROR, 0);
            }
        }
        return new Case("login: " + what, "POST", "/api/v1/auth/login", headers(null), utf8(b), Expect.ERROR, 0);
    }

    private Case oddEndpoint(Random r) {
        String[][] odd = {{"GET", "/api/v1/nothing-here"}, {"DELETE", "/api/v1/sync/push"}, {"PUT", "/api/v1/reference"},
            {"GET", "/api/v2/sync/pull"}, {"POST", "/api/v1/sync/pull"}, {"DELETE", "/api/v1/blobs/" + w.photoSha},
            {"GET", "/api/v1/sync/push"}, {"PATCH", "/api/v1/auth/login"}, {"GET", "/api/v1/templates/NOPE/1"},
            {"GET", "/api/v1/templates/FINISHED/0"}, {"GET", "/api/v1/templates/FINISHED/abc"},
            {"GET", "/api/v1/templates/FINISHED/99999999999"}, {"GET", "/api/v1/templates/..%2F..%2Fetc/1"}};
        String[] pick = odd[r.nextInt(odd.length)];
        return new Case("endpoint " + pick[0] + " " + pick[1], pick[0], pick[1], headers(w.tokenA),
                pick[0].equals("GET") || pick[0].equals("DELETE") ? null : "{}".getBytes(StandardCharsets.UTF_8),
                Expect.ERROR, 0);
    }
}
