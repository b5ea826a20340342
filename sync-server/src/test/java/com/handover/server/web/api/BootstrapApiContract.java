package com.handover.server.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handover.model.sync.Operation;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.TestOps;
import com.handover.server.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bootstrap snapshot against paging through the pull, run on SQLite and on PostgreSQL. */
abstract class BootstrapApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    TestServer server;
    ApiClient api;

    abstract TestServer startServer();

    @BeforeEach
    void start() {
        server = startServer();
        api = new ApiClient(server.baseUrl());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Everything a snapshot holds, and its closing line. */
    record Snapshot(List<JsonNode> entries, JsonNode end) {
    }

    static Snapshot read(ApiClient.Response response) throws Exception {
        assertEquals(200, response.code(), response.body());
        assertTrue(response.headers().get("Content-Type").startsWith("application/x-ndjson"));
        String[] lines = response.body().split("\n");
        List<JsonNode> entries = new ArrayList<>();
        for (int i = 0; i < lines.length - 1; i++) {
            entries.add(JSON.readTree(lines[i]));
        }
        return new Snapshot(entries, JSON.readTree(lines[lines.length - 1]));
    }

    static List<JsonNode> pullAll(ApiClient.Session session, String cursor) {
        List<JsonNode> all = new ArrayList<>();
        JsonNode page;
        String after = cursor;
        do {
            page = session.pull(after, 7).json();
            page.get("operations").forEach(all::add);
            after = page.get("nextCursor").asText();
        } while (page.get("hasMore").asBoolean());
        return all;
    }

    private void pushComplaints(ApiClient.Session office, TestOps ops, int from, int count) {
        List<Operation> batch = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            batch.add(ops.complaint(UUID.randomUUID(), server.demo().units.get(i).id(), "投诉 " + i));
        }
        assertEquals(200, office.push(batch).code());
    }

    /** 5,600 complaints pushed by an office device, past the end of the first sealed snapshot segment. */
    private ApiClient.Session pushPastOneSegment(String device) {
        var office = api.login("office", device);
        var ops = new TestOps("office", device);
        int units = server.demo().units.size();
        for (int pushed = 0; pushed < 5_600; pushed += 500) {
            List<Operation> batch = new ArrayList<>();
            for (int i = pushed; i < pushed + 500; i++) {
                batch.add(ops.complaint(UUID.randomUUID(), server.demo().units.get(i % units).id(), "投诉 " + i));
            }
            assertEquals(200, office.push(batch).code());
        }
        return office;
    }

    @Test
    void aSnapshotHoldsExactlyWhatPagingThroughThePullGivesAndItsCursorContinuesThePull() throws Exception {
        var office = api.login("office", "boot-office");
        var ops = new TestOps("office", "boot-office");
        pushComplaints(office, ops, 0, 23);

        Snapshot snapshot = read(office.get("/api/v1/sync/bootstrap"));
        List<JsonNode> pulled = pullAll(office, "");
        assertEquals(pulled, snapshot.entries(), "the same operations, positions and bytes in the same order");
        assertEquals(pulled.size(), snapshot.end().get("operations").asLong());
        assertTrue(snapshot.end().get("end").asBoolean());
        assertFalse(snapshot.end().get("serverHlc").asText().isEmpty());

        pushComplaints(office, ops, 30, 4);
        List<JsonNode> tail = pullAll(office, snapshot.end().get("nextCursor").asText());
        assertEquals(4, tail.size(), "after the snapshot's cursor comes only what was pushed since");
    }

    @Test
    void aSnapshotHoldsOnlyTheUsersScopeAndItsCursorCarriesTheScope() throws Exception {
        var office = api.login("office", "boot-office2");
        var ops = new TestOps("office", "boot-office2");
        office.push(List.of(ops.complaint(UUID.randomUUID(), server.otherUnits().get(1).id(), "江南府投诉"),
                ops.complaint(UUID.randomUUID(), server.demo().units.get(50).id(), "滨江花园投诉")));
        var inspector2 = api.login("inspector2", "boot-inspector2");
        Snapshot scoped = read(inspector2.get("/api/v1/sync/bootstrap"));
        Snapshot whole = read(office.get("/api/v1/sync/bootstrap"));
        assertEquals(pullAll(inspector2, ""), scoped.entries());
        assertTrue(scoped.entries().size() < whole.entries().size(), "the other project's complaint is not sent");
        assertEquals(inspector2.pull("", 1000).json().get("nextCursor").asText(),
                scoped.end().get("nextCursor").asText());
    }

    @Test
    void anEmptyLogGivesAClosingLineOnlyAndTheBootstrapTakesNoParameters() throws Exception {
        var office = api.login("office", "boot-office3");
        Snapshot empty = read(office.get("/api/v1/sync/bootstrap"));
        assertEquals(server.count("operations"), empty.entries().size());
        assertEquals(empty.entries().size(), empty.end().get("operations").asLong());

        ApiClient.Response refused = office.get("/api/v1/sync/bootstrap?after=5");
        assertEquals(400, refused.code());
        assertEquals("VALIDATION", refused.errorCode());
        assertEquals(401, api.send("GET", "/api/v1/sync/bootstrap", null, null, Map.of()).code());
    }

    @Test
    void aSealedSegmentIsCompressedForAnAssignedInspectorBeforeAnyOfTheirDevicesAsks() throws Exception {
        pushPastOneSegment("boot-office5");
        var pull = server.components().pull();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (pull.snapshotBytesKept() == 0 || pull.snapshotSegmentsWaiting() > 0) {
            assertTrue(System.nanoTime() < deadline, "no segment was prepared for the assigned inspector");
            Thread.sleep(20);
        }
        String metrics = api.send("GET", "/metrics", null, null, Map.of()).body();
        assertTrue(metrics.lines().anyMatch(l -> l.equals("handover_snapshot_segments_waiting 0.0")),
                "no sealed segment waits to be compressed");

        var inspector = api.login("inspector", "boot-inspector5");
        ApiClient.Response gzip = inspector.get("/api/v1/sync/bootstrap", Map.of("Accept-Encoding", "gzip"));
        assertEquals("gzip", gzip.headers().get("Content-Encoding"));
        Snapshot prepared = read(new ApiClient.Response(gzip.code(), gunzip(gzip.bytes()), gzip.headers()));
        assertEquals(pullAll(inspector, ""), prepared.entries(), "the prepared segment holds the inspector's scope");
        assertTrue(prepared.entries().size() > 5_000);
    }

    @Test
    void aCompressedSnapshotIsOneGzipAnswerOfTheSameLinesWhetherItsSegmentsWereKeptOrNot() throws Exception {
        var office = pushPastOneSegment("boot-office4");
        assertTrue(server.count("operations") > 5_000, "the log passes the end of a sealed snapshot segment");

        Snapshot plain = read(office.get("/api/v1/sync/bootstrap"));
        for (String pass : List.of("compressed now", "from the kept segments")) {
            ApiClient.Response gzip = office.get("/api/v1/sync/bootstrap", Map.of("Accept-Encoding", "gzip"));
            assertEquals("gzip", gzip.headers().get("Content-Encoding"), pass);
            Snapshot unpacked = read(new ApiClient.Response(gzip.code(), gunzip(gzip.bytes()), gzip.headers()));
            assertEquals(plain.entries(), unpacked.entries(), pass);
            assertEquals(plain.end().get("operations"), unpacked.end().get("operations"), pass);
            assertEquals(plain.end().get("nextCursor"), unpacked.end().get("nextCursor"), pass);
        }
        String metrics = api.send("GET", "/metrics", null, null, Map.of()).body();
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("handover_snapshot_kept_bytes ") && !l.endsWith(" 0.0")),
                "the sealed segment is kept for the next device");

        var inspector2 = api.login("inspector2", "boot-inspector4");
        ApiClient.Response scoped = inspector2.get("/api/v1/sync/bootstrap", Map.of("Accept-Encoding", "gzip"));
        Snapshot scopedSnapshot = read(new ApiClient.Response(scoped.code(),
                "gzip".equals(scoped.headers().get("Content-Encoding")) ? gunzip(scoped.bytes()) : scoped.bytes(),
                scoped.headers()));
        assertEquals(pullAll(inspector2, ""), scopedSnapshot.entries(), "another scope keeps segments of its own");
    }

    private static byte[] gunzip(byte[] bytes) throws Exception {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
