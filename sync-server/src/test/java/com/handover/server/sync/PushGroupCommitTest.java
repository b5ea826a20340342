package com.handover.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.ItemResult;
import com.handover.model.Role;
import com.handover.model.sync.Operation;
import com.handover.server.Components;
import com.handover.server.auth.Principal;
import com.handover.server.auth.User;
import com.handover.server.store.jdbc.Sql;
import com.handover.server.sync.PushResult.Item;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.StateTables;
import com.handover.server.testing.TestOps;
import com.handover.server.testing.TestServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PushGroupCommitTest {

    private TestServer server;
    private Components c;

    @BeforeEach
    void start() {
        server = TestServer.start();
        c = server.components();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pushesWaitingTogetherShareOneTransactionAndAFailingOneFailsAlone() throws Exception {
        CountDownLatch firstInside = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        List<String> writes = Collections.synchronizedList(new ArrayList<>());
        PushGroupCommit groups = new PushGroupCommit(c.db(), c.stateFolder(), (conn, request, appended) -> {
            String name = request.principal().deviceId();
            writes.add(name);
            Sql.update(conn, "INSERT INTO push_rejections (op_id, device_id, username, code, message, rejected_at)"
                    + " VALUES (?, ?, 'inspector', 'TEST', 'marker', 0)", name, name);
            if (name.equals("first")) {
                firstInside.countDown();
                awaitRelease(releaseFirst);
            }
            if (name.equals("broken")) {
                throw new IllegalStateException("this push cannot be stored");
            }
            return List.of();
        });
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            Future<List<Item>> first = pool.submit(() -> groups.write(request("first")));
            assertTrue(firstInside.await(10, TimeUnit.SECONDS));
            List<Future<List<Item>>> later = new ArrayList<>();
            for (String name : List.of("second", "broken", "fourth")) {
                later.add(pool.submit(() -> groups.write(request(name))));
                awaitWaiting(groups, later.size());
            }
            releaseFirst.countDown();

            first.get(10, TimeUnit.SECONDS);
            later.get(0).get(10, TimeUnit.SECONDS);
            later.get(2).get(10, TimeUnit.SECONDS);
            ExecutionException failure = assertThrows(ExecutionException.class,
                    () -> later.get(1).get(10, TimeUnit.SECONDS));
            assertInstanceOf(IllegalStateException.class, failure.getCause());
        } finally {
            pool.shutdownNow();
        }
        // The three that waited were written together; the broken one undid the group, and each was written
        // again on its own.
        assertEquals(List.of("first", "second", "broken", "second", "broken", "fourth"), writes);
        assertEquals(1, markers("first"));
        assertEquals(1, markers("second"));
        assertEquals(0, markers("broken"));
        assertEquals(1, markers("fourth"));
    }

    @Test
    void concurrentPushesAreEachAnsweredAndTheStateIsTheFoldOfTheLog() throws Exception {
        ApiClient api = new ApiClient(server.baseUrl());
        List<UUID> units = server.demo().units.stream().limit(3).map(u -> u.id()).toList();
        TestOps shared = new TestOps("inspector", "phone-0");
        UUID sharedInspection = UUID.randomUUID();
        api.login("inspector", "phone-0").push(List.of(shared.startInspection(sharedInspection, units.get(0))));

        int devices = 6;
        int pushesEach = 12;
        ExecutorService pool = Executors.newFixedThreadPool(devices);
        List<Future<List<JsonNode>>> answers = new ArrayList<>();
        for (int d = 0; d < devices; d++) {
            String device = "phone-" + d;
            UUID unit = units.get(d % units.size());
            answers.add(pool.submit(() -> pushAll(api, device, unit, sharedInspection, pushesEach)));
        }
        // The same batch sent twice at once, as a phone that retried a push it thought lost.
        ApiClient.Session retrying = api.login("inspector", "phone-retry");
        TestOps retryOps = new TestOps("inspector", "phone-retry");
        List<Operation> retried = List.of(retryOps.item(sharedInspection, "LIVING", "F-LIVING-PAINT",
                ItemResult.FAIL, "重发"));
        Future<JsonNode> once = pool.submit(() -> retrying.push(retried).json());
        Future<JsonNode> twice = pool.submit(() -> retrying.push(retried).json());
        int accepted = 0;
        try {
            for (Future<List<JsonNode>> f : answers) {
                for (JsonNode answer : f.get(60, TimeUnit.SECONDS)) {
                    for (JsonNode r : answer.get("results")) {
                        assertEquals("ACCEPTED", r.get("status").asText(), r.toString());
                        accepted++;
                    }
                }
            }
            List<String> retryStatuses = List.of(status(once.get(60, TimeUnit.SECONDS)),
                    status(twice.get(60, TimeUnit.SECONDS)));
            assertTrue(retryStatuses.containsAll(List.of("ACCEPTED", "DUPLICATE")), retryStatuses.toString());
        } finally {
            pool.shutdownNow();
        }

        assertEquals(devices * pushesEach * 3, accepted);
        long operations = server.count("operations");
        assertEquals(1 + accepted + 1, operations);
        long densePositions = c.db().read(conn -> Sql.count(conn,
                "SELECT COUNT(DISTINCT position) FROM operations WHERE position BETWEEN 1 AND ?", operations));
        assertEquals(operations, densePositions);
        Map<String, List<String>> folded = StateTables.dump(c);
        assertFalse(folded.get("inspections").isEmpty());
        assertFalse(folded.get("conflicts").isEmpty());
        StateTables.rebuild(c);
        assertEquals(folded, StateTables.dump(c));
    }

    /** A phone's pushes: its own inspection on the unit, and results on the inspection all phones share. */
    private static List<JsonNode> pushAll(ApiClient api, String device, UUID unit, UUID shared, int pushes) {
        ApiClient.Session session = api.login("inspector", device);
        TestOps ops = new TestOps("inspector", device);
        UUID own = UUID.randomUUID();
        List<JsonNode> out = new ArrayList<>();
        for (int i = 0; i < pushes; i++) {
            List<Operation> batch = new ArrayList<>();
            batch.add(i == 0 ? ops.startInspection(own, unit)
                    : ops.item(own, "KITCHEN", "F-KITCHEN-SINK", ItemResult.PASS, null));
            batch.add(ops.item(own, "LIVING", "F-LIVING-PAINT", i % 2 == 0 ? ItemResult.PASS : ItemResult.FAIL,
                    "第" + i + "次"));
            batch.add(ops.item(shared, "LIVING", "F-LIVING-PAINT", i % 3 == 0 ? ItemResult.FAIL : ItemResult.PASS,
                    device + "：第" + i + "次"));
            out.add(session.push(batch).json());
        }
        return out;
    }

    private static void awaitRelease(CountDownLatch release) {
        try {
            assertTrue(release.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String status(JsonNode answer) {
        return answer.get("results").get(0).get("status").asText();
    }

    private PushRequest request(String device) {
        return new PushRequest(new Principal(new User("inspector", "张验房", Role.INSPECTOR), device, "token"),
                List.of(), null);
    }

    private static void awaitWaiting(PushGroupCommit groups, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (groups.waitingPushes() < count) {
            assertTrue(System.nanoTime() < deadline, "pushes did not queue up");
            Thread.sleep(5);
        }
    }

    private long markers(String device) {
        return c.db().read(conn -> Sql.count(conn, "SELECT COUNT(*) FROM push_rejections WHERE device_id = ?"
                + " AND message = 'marker'", device));
    }
}
