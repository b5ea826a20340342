package com.handover.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.ItemResult;
import com.handover.server.Components;
import com.handover.server.office.repair.ConsoleHttp;
import com.handover.server.store.jdbc.Sql;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.StateTables;
import com.handover.server.testing.TestOps;
import com.handover.server.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Pushes answer once their operations are in the log; the state tables the console reads are folded after. These
 * tests stop the folder, as a server killed between a push's commit and its fold leaves things, and check that
 * nothing is lost, that the lag shows in /metrics and on the console, and that the next start folds the rest.
 */
class StateFolderTest {

    @Test
    void aPushIsFoldedIntoTheStateTablesAndTheMarkFollowsTheLog() {
        try (TestServer server = TestServer.start()) {
            Components c = server.components();
            UUID inspection = UUID.randomUUID();
            TestOps ops = new TestOps("inspector", "phone-1");
            new ApiClient(server.baseUrl()).login("inspector", "phone-1").push(List.of(
                    ops.startInspection(inspection, server.demo().units.get(0).id()),
                    ops.item(inspection, "LIVING", "F-LIVING-PAINT", ItemResult.FAIL, "墙面开裂")));

            assertTrue(c.stateFolder().awaitCaughtUp(10_000));
            assertEquals(1, failedCount(c, inspection));
            assertEquals(c.db().read(c.log()::committedHead), c.db().read(c.state()::foldedThrough));
            assertEquals(0, c.stateFolder().lag().operations());
        }
    }

    @Test
    void operationsPushedWhileTheFolderIsStoppedAreKeptShownAsLaggingAndFoldedAtTheNextStart() throws Exception {
        Path dir = Files.createTempDirectory("state-folder-test");
        UUID inspection = UUID.randomUUID();
        Map<String, List<String>> before;
        try (TestServer server = TestServer.start(TestServer.Options.defaults().withDataDir(dir).withConsole())) {
            Components c = server.components();
            ApiClient api = new ApiClient(server.baseUrl());
            TestOps ops = new TestOps("inspector", "phone-1");
            ApiClient.Session phone = api.login("inspector", "phone-1");
            phone.push(List.of(ops.startInspection(inspection, server.demo().units.get(0).id())));
            assertTrue(c.stateFolder().awaitCaughtUp(10_000));
            before = StateTables.dump(c);

            c.stateFolder().close();
            var answer = phone.push(List.of(
                    ops.item(inspection, "LIVING", "F-LIVING-PAINT", ItemResult.FAIL, "墙面开裂"),
                    ops.item(inspection, "KITCHEN", "F-KITCHEN-SINK", ItemResult.FAIL, "下水慢")));
            assertEquals(200, answer.code());
            answer.json().get("results").forEach(r -> assertEquals("ACCEPTED", r.get("status").asText()));

            assertEquals(0, failedCount(c, inspection), "the state tables have not folded the push");
            assertEquals(2, c.stateFolder().lag().operations());
            String metrics = api.send("GET", "/metrics", null, null, Map.of()).body();
            assertTrue(metrics.contains("handover_state_lag_operations 2"), metrics);
            String page = ConsoleHttp.signIn(server.baseUrl(), "office", TestServer.PASSWORD).get("/office/").body();
            assertTrue(page.contains("id=\"state-as-of\""), "the console says its figures are behind");
            assertTrue(page.contains("另有 2 条现场记录正在归档"), page);
        }
        try (TestServer again = TestServer.start(TestServer.Options.defaults().withDataDir(dir).withConsole())) {
            Components c = again.components();
            assertTrue(c.stateFolder().awaitCaughtUp(10_000));
            assertEquals(2, failedCount(c, inspection));
            assertFalse(StateTables.dump(c).equals(before));
            String page = ConsoleHttp.signIn(again.baseUrl(), "office", TestServer.PASSWORD).get("/office/").body();
            assertFalse(page.contains("id=\"state-as-of\""), "the console is up to date again");
        }
    }

    @Test
    void aFoldThatFailsForAPassingCauseIsTriedAgainCountedInMetricsAndFoldsOnceItPasses() throws Exception {
        try (TestServer server = TestServer.start()) {
            Components c = server.components();
            UUID inspection = UUID.randomUUID();
            TestOps ops = new TestOps("inspector", "phone-1");
            ApiClient api = new ApiClient(server.baseUrl());
            ApiClient.Session phone = api.login("inspector", "phone-1");
            phone.push(List.of(ops.startInspection(inspection, server.demo().units.get(0).id())));
            assertTrue(c.stateFolder().awaitCaughtUp(10_000));

            // The fold mark's table gone for a while: every fold transaction fails before it touches a unit.
            c.db().write(conn -> Sql.update(conn, "ALTER TABLE state_progress RENAME TO state_progress_away"));
            var answer = phone.push(List.of(ops.item(inspection, "LIVING", "F-LIVING-PAINT", ItemResult.FAIL, "墙面开裂")));
            answer.json().get("results").forEach(r -> assertEquals("ACCEPTED", r.get("status").asText()));
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (c.stateFolder().failedTries() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(c.stateFolder().failedTries() >= 2, "the folder keeps trying");
            assertEquals(0, failedCount(c, inspection), "nothing folded while it fails");
            assertEquals(1, c.stateFolder().lag().operations());
            assertTrue(c.db().read(c.state()::unitsSetAside).isEmpty(), "a passing cause sets no unit aside");
            assertTrue(metric(api, "handover_state_fold_failed_tries") >= 1);

            c.db().write(conn -> Sql.update(conn, "ALTER TABLE state_progress_away RENAME TO state_progress"));
            assertTrue(c.stateFolder().awaitCaughtUp(10_000), "folding resumes once the cause has passed");
            assertEquals(1, failedCount(c, inspection));
            assertEquals(0, c.stateFolder().failedTries());
            assertEquals(0, metric(api, "handover_state_fold_failed_tries"));
        }
    }

    private static double metric(ApiClient api, String name) {
        String metrics = api.send("GET", "/metrics", null, null, Map.of()).body();
        return metrics.lines().filter(l -> l.startsWith(name + " ")).mapToDouble(l -> Double.parseDouble(
                l.substring(name.length() + 1))).findFirst().orElseThrow(() -> new AssertionError(name + ": " + metrics));
    }

    private static long failedCount(Components c, UUID inspection) {
        return c.db().read(conn -> Sql.queryOne(conn, "SELECT failed_count FROM inspections WHERE id = ?",
                rs -> rs.getLong(1), inspection.toString()).orElse(-1L));
    }
}
