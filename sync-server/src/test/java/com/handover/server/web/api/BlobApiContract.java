package com.handover.server.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.sync.Operation;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.TestOps;
import com.handover.server.testing.TestServer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Photo upload and download, run on the folder store (SQLite) and on the PostgreSQL store. */
abstract class BlobApiContract {

    static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    TestServer server;
    ApiClient api;
    ApiClient.Session inspector;

    abstract TestServer startServer();

    @BeforeEach
    void start() {
        server = startServer();
        api = new ApiClient(server.baseUrl());
        inspector = api.login("inspector", "blob-phone");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static byte[] photo(int size, long seed, boolean png) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        if (png) {
            System.arraycopy(PNG_MAGIC, 0, b, 0, PNG_MAGIC.length);
        } else {
            b[0] = (byte) 0xFF;
            b[1] = (byte) 0xD8;
            b[2] = (byte) 0xFF;
        }
        return b;
    }

    static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    ApiClient.Response put(String sha, long offset, long total, byte[] part) {
        return inspector.put("/api/v1/blobs/" + sha + "?offset=" + offset, part,
                Map.of("X-Blob-Length", Long.toString(total)));
    }

    /** A defect naming the photo, so the inspector may download it. */
    void nameInAnOperation(String sha) {
        TestOps ops = new TestOps("inspector", "blob-phone");
        UUID insp = UUID.randomUUID();
        List<Operation> batch = new ArrayList<>();
        UUID unit = server.demo().units.get(5).id();
        batch.add(ops.startInspection(insp, unit));
        batch.add(ops.openDefect(UUID.randomUUID(), unit, insp, "墙面裂缝", sha));
        JsonNode results = inspector.push(batch).json().get("results");
        assertEquals("ACCEPTED", results.get(1).get("status").asText());
    }

    @Test
    void anInterruptedUploadResumesFromWhereItStopped() throws Exception {
        byte[] bytes = photo(300_000, 1, false);
        String sha = sha(bytes);
        nameInAnOperation(sha);
        assertEquals(List.of(sha), textList(inspector.get("/api/v1/blobs/missing").json().get("missing")));

        var first = put(sha, 0, bytes.length, Arrays.copyOfRange(bytes, 0, 100_000));
        assertEquals(200, first.code());
        assertEquals(100_000, first.json().get("received").asLong());
        assertFalse(first.json().get("complete").asBoolean());
        JsonNode status = inspector.get("/api/v1/blobs/" + sha + "/upload").json();
        assertEquals(100_000, status.get("received").asLong());

        var stale = put(sha, 50_000, bytes.length, Arrays.copyOfRange(bytes, 50_000, 60_000));
        assertEquals(200, stale.code(), "a delayed copy of bytes already received changes nothing");
        assertEquals(100_000, stale.json().get("received").asLong());
        assertEquals("application/json;charset=utf-8", stale.headers().get("Content-Type").replace(" ", ""));
        byte[] other = Arrays.copyOfRange(bytes, 50_000, 60_000);
        other[5] ^= 1;
        var different = put(sha, 50_000, bytes.length, other);
        assertEquals(409, different.code());
        assertEquals(100_000, different.json().get("received").asLong());
        var gap = put(sha, 150_000, bytes.length, Arrays.copyOfRange(bytes, 150_000, 160_000));
        assertEquals(409, gap.code());
        assertEquals(100_000, gap.json().get("received").asLong());
        var otherLength = put(sha, 100_000, bytes.length + 1, Arrays.copyOfRange(bytes, 100_000, 110_000));
        assertEquals(400, otherLength.code());
        assertEquals("X-Blob-Length", otherLength.json().get("error").get("field").asText());
        assertEquals(100_000, inspector.get("/api/v1/blobs/" + sha + "/upload").json().get("received").asLong());

        var last = put(sha, 100_000, bytes.length, Arrays.copyOfRange(bytes, 100_000, bytes.length));
        assertEquals(201, last.code());
        assertTrue(last.json().get("complete").asBoolean());
        assertEquals(0, inspector.get("/api/v1/blobs/missing").json().get("missing").size());

        var download = inspector.get("/api/v1/blobs/" + sha);
        assertEquals(200, download.code());
        assertArrayEquals(bytes, download.bytes());
        assertEquals("image/jpeg", download.headers().get("Content-Type"));
        assertEquals("\"" + sha + "\"", download.headers().get("ETag"));
        assertEquals("bytes", download.headers().get("Accept-Ranges"));
        assertEquals(Integer.toString(bytes.length), download.headers().get("Content-Length"));

        var again = put(sha, 0, bytes.length, bytes);
        assertEquals(200, again.code());
        assertTrue(again.json().get("complete").asBoolean());
        assertEquals(1, server.count("blobs"));
    }

    /** The photo named by a defect and uploaded whole; its name. */
    String stored(byte[] bytes) throws Exception {
        String sha = sha(bytes);
        nameInAnOperation(sha);
        assertEquals(201, put(sha, 0, bytes.length, bytes).code());
        return sha;
    }

    @Test
    void rangesAreServed() throws Exception {
        byte[] bytes = photo(5000, 2, true);
        String sha = stored(bytes);
        var part = inspector.get("/api/v1/blobs/" + sha, Map.of("Range", "bytes=100-199"));
        assertEquals(206, part.code());
        assertArrayEquals(Arrays.copyOfRange(bytes, 100, 200), part.bytes());
        assertEquals("bytes 100-199/5000", part.headers().get("Content-Range"));
        var tail = inspector.get("/api/v1/blobs/" + sha, Map.of("Range", "bytes=-10"));
        assertArrayEquals(Arrays.copyOfRange(bytes, 4990, 5000), tail.bytes());
        var open = inspector.get("/api/v1/blobs/" + sha, Map.of("Range", "bytes=4000-"));
        assertArrayEquals(Arrays.copyOfRange(bytes, 4000, 5000), open.bytes());
        var outside = inspector.get("/api/v1/blobs/" + sha, Map.of("Range", "bytes=6000-7000"));
        assertEquals(416, outside.code());
        assertEquals("RANGE_NOT_SATISFIABLE", outside.errorCode());
        assertEquals("bytes */5000", outside.headers().get("Content-Range"));
        assertEquals("image/png", part.headers().get("Content-Type"));
    }

    @Test
    void aPhotoTheDeviceHoldsIsNotSentAgainWhateverFormItsIfNoneMatchTakes() throws Exception {
        byte[] bytes = photo(4000, 3, false);
        String sha = stored(bytes);
        String etag = "\"" + sha + "\"";
        for (String held : List.of(etag, "W/" + etag, "\"" + "0".repeat(64) + "\", " + etag, "*")) {
            var answer = inspector.get("/api/v1/blobs/" + sha, Map.of("If-None-Match", held));
            assertEquals(304, answer.code(), "If-None-Match: " + held);
            assertEquals(0, answer.bytes().length, "If-None-Match: " + held);
        }
        var other = inspector.get("/api/v1/blobs/" + sha, Map.of("If-None-Match", "\"" + "0".repeat(64) + "\""));
        assertEquals(200, other.code(), "another photo's tag");
        assertArrayEquals(bytes, other.bytes());
    }

    @Test
    void bytesThatDoNotHashToTheNameAreDiscarded() throws Exception {
        byte[] bytes = photo(2000, 3, false);
        String wrongName = sha(photo(2000, 4, false));
        var r = put(wrongName, 0, bytes.length, bytes);
        assertEquals(422, r.code());
        assertEquals("HASH_MISMATCH", r.errorCode());
        assertEquals(0, server.count("blobs"));
        assertEquals(0, inspector.get("/api/v1/blobs/" + wrongName + "/upload").json().get("received").asLong());
        assertEquals(404, inspector.get("/api/v1/blobs/" + wrongName).code());
    }

    @Test
    void onlyJpegAndPngAreAccepted() throws Exception {
        byte[] gif = "GIF89a-not-a-photo-at-all".getBytes();
        var r = put(sha(gif), 0, gif.length, gif);
        assertEquals(415, r.code());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", r.errorCode());
        assertEquals(0, inspector.get("/api/v1/blobs/" + sha(gif) + "/upload").json().get("received").asLong());
    }

    @Test
    void sizesAndNamesAreChecked() throws Exception {
        byte[] bytes = photo(1000, 5, true);
        var tooBig = put(sha(bytes), 0, 16L * 1024 * 1024, bytes);
        assertEquals(413, tooBig.code());
        assertEquals("PAYLOAD_TOO_LARGE", tooBig.errorCode());
        var upper = put(sha(bytes).toUpperCase(), 0, bytes.length, bytes);
        assertEquals(400, upper.code());
        assertEquals("VALIDATION", upper.errorCode());
        for (String escape : List.of("..%2F..%2Fhandover.db", "%2E%2E", "..", "abc")) {
            var r = inspector.get("/api/v1/blobs/" + escape);
            assertTrue(r.code() == 400 || r.code() == 404, escape + " -> " + r.code());
            var w = inspector.put("/api/v1/blobs/" + escape, bytes, Map.of("X-Blob-Length", "1000"));
            assertTrue(w.code() == 400 || w.code() == 404, escape + " -> " + w.code());
        }
        var noLength = inspector.put("/api/v1/blobs/" + sha(bytes), bytes, Map.of());
        assertEquals("VALIDATION", noLength.errorCode());
        var pastEnd = put(sha(bytes), 0, 10, bytes);
        assertEquals("VALIDATION", pastEnd.errorCode());
        assertEquals(0, server.count("blobs"));
    }

    @Test
    void photosOutsideTheUsersScopeAreNotServed() throws Exception {
        byte[] bytes = photo(1500, 6, true);
        String sha = sha(bytes);
        nameInAnOperation(sha);
        assertEquals(201, put(sha, 0, bytes.length, bytes).code());
        var other = api.login("inspector2", "other-phone");
        assertEquals(404, other.get("/api/v1/blobs/" + sha).code());
        assertEquals(0, other.get("/api/v1/blobs/missing").json().get("missing").size());
        assertEquals(200, api.login("office", "office-phone").get("/api/v1/blobs/" + sha).code());
    }

    static List<String> textList(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(n -> out.add(n.asText()));
        return out;
    }
}
