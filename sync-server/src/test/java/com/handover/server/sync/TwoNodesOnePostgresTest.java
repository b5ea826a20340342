package com.handover.server.sync;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.sync.Operation;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.PostgresTestDatabase;
import com.handover.server.testing.StateTables;
import com.handover.server.testing.TestOps;
import com.handover.server.testing.TestServer;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two server nodes, each with its own pool, on one PostgreSQL database: concurrent pushers through both, and
 * a puller alternating between them that must see every accepted operation exactly once, in position order.
 */
class TwoNodesOnePostgresTest {

    static final int PUSHERS = 4;
    static final int BATCHES = 25;
    static final int BATCH_SIZE = 20;

    PostgresTestDatabase pg;
    TestServer a;
    TestServer b;

    @BeforeEach
    void start() {
        pg = PostgresTestDatabase.create();
        a = TestServer.start(TestServer.Options.defaults().withPostgres(pg.settings(), "node-a"));
        b = TestServer.start(TestServer.Options.defaults().withPostgres(pg.settings(), "node-b").withSeed(false));
    }

    @AfterEach
    void stop() throws Exception {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void aPullerAlternatingBetweenNodesSeesEveryOperationOnceAndInOrder() throws Exception {
        List<ApiClient> nodes = List.of(new ApiClient(a.baseUrl()), new ApiClient(b.baseUrl()));
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicBoolean pushing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(PUSHERS + 1);
        List<Future<?>> pushers = new ArrayList<>();
        for (int p = 0; p < PUSHERS; p++) {
            int pusher = p;
            pushers.add(pool.submit(() -> {
                String device = "pusher-" + pusher;
                TestOps ops = new TestOps("office", device);
                List<ApiClient.Session> sessions = List.of(nodes.get(0).login("office", device),
                        nodes.get(1).login("office", device));
                for (int batch = 0; batch < BATCHES; batch++) {
                    List<Operation> ops20 = new ArrayList<>();
                    for (int i = 0; i < BATCH_SIZE; i++) {
                        ops20.add(ops.complaint(UUID.randomUUID(), a.demo().units.get((batch * BATCH_SIZE + i) % 144).id(),
                                "并发投诉 " + pusher + "/" + batch + "/" + i));
                    }
                    JsonNode results = sessions.get((batch + pusher) % 2).push(ops20).json().get("results");
                    for (JsonNode r : results) {
                        assertEquals("ACCEPTED", r.get("status").asText(), r.toString());
                        accepted.add(r.get("id").asText());
                    }
                }
                return null;
            }));
        }
        Future<List<Long>> puller = pool.submit(() -> {
            List<ApiClient.Session> sessions = List.of(nodes.get(0).login("office", "puller"),
                    nodes.get(1).login("office", "puller"));
            List<Long> positions = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String cursor = "";
            int turn = 0;
            while (true) {
                boolean stillPushing = pushing.get();
                JsonNode page = sessions.get(turn++ % 2).pull(cursor, 37).json();
                for (JsonNode e : page.get("operations")) {
                    positions.add(e.get("position").asLong());
                    assertTrue(seen.add(e.get("operation").get("id").asText()), "seen twice: " + e);
                }
                cursor = page.get("nextCursor").asText();
                if (!stillPushing && !page.get("hasMore").asBoolean()) {
                    return positions;
                }
            }
        });
        for (Future<?> f : pushers) {
            f.get(3, TimeUnit.MINUTES);
        }
        pushing.set(false);
        List<Long> positions = puller.get(3, TimeUnit.MINUTES);
        pool.shutdown();

        int total = PUSHERS * BATCHES * BATCH_SIZE;
        assertEquals(total, accepted.size());
        assertEquals(total, positions.size());
        List<Long> expected = new ArrayList<>();
        for (long i = 1; i <= total; i++) {
            expected.add(i);
        }
        assertEquals(expected, positions, "positions arrive in order, without gaps or repeats");
        Set<String> pulledIds = new HashSet<>();
        new ApiClient(b.baseUrl()).login("office", "check").pull("", 1000).json().get("operations")
                .forEach(e -> pulledIds.add(e.get("operation").get("id").asText()));
        assertTrue(accepted.containsAll(pulledIds));
        assertEquals(Collections.nCopies(1, total).get(0).longValue(), a.count("operations"));

        // Both nodes folded the log into the one set of state tables, each what it got to first.
        Map<String, List<String>> folded = StateTables.dump(b.components());
        assertEquals(total, folded.get("complaints").size());
        assertEquals(folded, StateTables.dump(a.components()));
        StateTables.rebuild(a.components());
        assertEquals(folded, StateTables.dump(b.components()));
    }

    @Test
    void aPhotoUploadedThroughOneNodeIsServedByTheOther() throws Exception {
        byte[] bytes = new byte[9000];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        var viaA = new ApiClient(a.baseUrl()).login("office", "camera");
        var viaB = new ApiClient(b.baseUrl()).login("office", "viewer");
        assertEquals(200, viaA.put("/api/v1/blobs/" + sha + "?offset=0", java.util.Arrays.copyOf(bytes, 4000),
                Map.of("X-Blob-Length", "9000")).code());
        assertEquals(4000, viaB.get("/api/v1/blobs/" + sha + "/upload").json().get("received").asLong());
        assertEquals(201, viaB.put("/api/v1/blobs/" + sha + "?offset=4000",
                java.util.Arrays.copyOfRange(bytes, 4000, 9000), Map.of("X-Blob-Length", "9000")).code());
        var download = viaA.get("/api/v1/blobs/" + sha);
        assertEquals(200, download.code());
        assertArrayEquals(bytes, download.bytes());
        assertArrayEquals(java.util.Arrays.copyOfRange(bytes, 3990, 4010),
                viaB.get("/api/v1/blobs/" + sha, Map.of("Range", "bytes=3990-4009")).bytes());
    }
}
