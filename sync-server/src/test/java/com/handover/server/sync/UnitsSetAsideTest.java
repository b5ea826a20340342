package com.handover.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.ItemResult;
import com.handover.server.Components;
import com.handover.server.office.query.UnitLabels;
import com.handover.server.office.repair.ConsoleHttp;
import com.handover.server.store.Dialect;
import com.handover.server.store.StateStore.UnitSetAside;
import com.handover.server.store.jdbc.Sql;
import com.handover.server.testing.ApiClient;
import com.handover.server.testing.PostgresTestDatabase;
import com.handover.server.testing.StateTables;
import com.handover.server.testing.TestOps;
import com.handover.server.testing.TestServer;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A unit whose fold the database refuses, as it would each time (here a trigger refuses its inspection's row), is
 * set aside: every other unit goes on folding, the console and /metrics name it, the log keeps its operations, and
 * the next start folds it once nothing refuses it any more. On SQLite and on PostgreSQL.
 */
class UnitsSetAsideTest {

    private static final String REFUSAL = "refused by a test trigger";

    @Test
    void onSqlite() throws Exception {
        var options = TestServer.Options.defaults().withDataDir(Files.createTempDirectory("set-aside")).withConsole();
        run(() -> options);
    }

    @Test
    void onPostgres() throws Exception {
        try (PostgresTestDatabase pg = PostgresTestDatabase.create()) {
            var first = TestServer.Options.defaults().withPostgres(pg.settings(), "node-a").withConsole();
            var again = TestServer.Options.defaults().withPostgres(pg.settings(), "node-a").withConsole()
                    .withSeed(false);
            boolean[] started = {false};
            run(() -> {
                TestServer.Options o = started[0] ? again : first;
                started[0] = true;
                return o;
            });
        }
    }

    private static void run(Supplier<TestServer.Options> options) {
        UUID refusedInspection = UUID.randomUUID();
        UUID foldedInspection = UUID.randomUUID();
        UUID refusedUnit;
        String refusedLabel;
        TestOps ops = new TestOps("inspector", "phone-1");
        try (TestServer server = TestServer.start(options.get())) {
            Components c = server.components();
            refusedUnit = server.demo().units.get(0).id();
            UUID foldedUnit = server.demo().units.get(1).id();
            refuseInspectionsOf(c, refusedUnit);
            ApiClient api = new ApiClient(server.baseUrl());
            ApiClient.Session phone = api.login("inspector", "phone-1");

            // Both units' operations come in one push, so they fold in one transaction.
            assertEquals(200, phone.push(List.of(
                    ops.startInspection(refusedInspection, refusedUnit),
                    ops.item(refusedInspection, "LIVING", "F-LIVING-PAINT", ItemResult.FAIL, "墙面开裂"),
                    ops.startInspection(foldedInspection, foldedUnit),
                    ops.item(foldedInspection, "LIVING", "F-LIVING-PAINT", ItemResult.FAIL, "墙面开裂"))).code());
            assertTrue(c.stateFolder().awaitCaughtUp(10_000), "the folder goes past the refused unit");
            assertEquals(1, failedCount(c, foldedInspection), "the other unit is folded");
            assertEquals(-1, failedCount(c, refusedInspection), "the refused unit's rows are as they were");
            List<UnitSetAside> aside = c.stateFolder().unitsSetAside();
            assertEquals(1, aside.size());
            assertEquals(refusedUnit, aside.get(0).unitId());
            assertEquals(2, aside.get(0).operations());
            assertTrue(aside.get(0).error().contains(REFUSAL), aside.get(0).error());
            refusedLabel = c.db().read(conn -> UnitLabels.of(conn, List.of(refusedUnit))).get(refusedUnit);

            // Later operations on the unit are counted against it; the other unit's fold as ever.
            phone.push(List.of(
                    ops.item(refusedInspection, "KITCHEN", "F-KITCHEN-SINK", ItemResult.FAIL, "下水慢"),
                    ops.item(foldedInspection, "KITCHEN", "F-KITCHEN-SINK", ItemResult.FAIL, "下水慢")));
            assertTrue(c.stateFolder().awaitCaughtUp(10_000));
            assertEquals(2, failedCount(c, foldedInspection));
            assertEquals(3, c.stateFolder().unitsSetAside().get(0).operations());
            assertEquals(0, c.stateFolder().lag().operations());

            // Devices still receive every operation of the unit.
            String pulled = phone.pull(null, 200).body();
            assertTrue(pulled.contains(refusedInspection.toString()), "the log keeps the refused unit's operations");

            String metrics = api.send("GET", "/metrics", null, null, Map.of()).body();
            assertTrue(metrics.contains("handover_state_units_set_aside 1"), metrics);
            var console = ConsoleHttp.signIn(server.baseUrl(), "office", TestServer.PASSWORD);
            String page = console.get("/office/").body();
            assertTrue(page.contains("id=\"state-set-aside\""), "the console says which units it could not fold");
            assertTrue(page.contains("有 1 户的现场记录") && page.contains(refusedLabel), page);
            assertFalse(page.contains("id=\"state-as-of\""), "nothing else lags behind the log");
            String syncPage = console.get("/office/sync").body();
            assertTrue(syncPage.contains("data-unit=\"" + refusedUnit + "\"") && syncPage.contains(REFUSAL),
                    "the sync page tells support what refused the unit: " + syncPage);
            mend(c);
            assertEquals(1, c.stateFolder().unitsSetAside().size(), "a unit set aside waits for the next start");
        }
        try (TestServer again = TestServer.start(options.get())) {
            Components c = again.components();
            // The first start found the unit refused; this one, with the trigger gone, folds it from its log.
            assertEquals(List.of(), c.stateFolder().unitsSetAside());
            assertEquals(2, failedCount(c, refusedInspection));
            Map<String, List<String>> folded = StateTables.dump(c);
            StateTables.rebuild(c);
            assertEquals(StateTables.dump(c), folded, "the state tables are the fold of the whole log");
            var console = ConsoleHttp.signIn(again.baseUrl(), "office", TestServer.PASSWORD);
            String page = console.get("/office/").body();
            assertFalse(page.contains("id=\"state-set-aside\""), page);
            assertFalse(page.contains(refusedUnit.toString()));
            assertTrue(console.get("/office/sync").body().contains("没有：所有房屋的现场记录都已计入。"));
        }
    }

    /** A trigger that refuses the unit's inspection rows, as a constraint that the fold's result breaks would. */
    private static void refuseInspectionsOf(Components c, UUID unit) {
        c.db().write(conn -> {
            if (c.db().dialect() == Dialect.SQLITE) {
                Sql.update(conn, "CREATE TRIGGER refuse_unit BEFORE INSERT ON inspections WHEN NEW.unit_id = '"
                        + unit + "' BEGIN SELECT RAISE(ABORT, '" + REFUSAL + "'); END");
            } else {
                Sql.update(conn, "CREATE FUNCTION refuse_unit() RETURNS trigger AS $$ BEGIN IF NEW.unit_id = '" + unit
                        + "' THEN RAISE EXCEPTION '" + REFUSAL + "' USING ERRCODE = 'check_violation'; END IF;"
                        + " RETURN NEW; END $$ LANGUAGE plpgsql");
                Sql.update(conn, "CREATE TRIGGER refuse_unit BEFORE INSERT ON inspections FOR EACH ROW"
                        + " EXECUTE FUNCTION refuse_unit()");
            }
            return null;
        });
    }

    /** What an update of the server would do: nothing refuses the unit's rows any more. */
    private static void mend(Components c) {
        c.db().write(conn -> {
            if (c.db().dialect() == Dialect.SQLITE) {
                Sql.update(conn, "DROP TRIGGER refuse_unit");
            } else {
                Sql.update(conn, "DROP TRIGGER refuse_unit ON inspections");
                Sql.update(conn, "DROP FUNCTION refuse_unit()");
            }
            return null;
        });
    }

    private static long failedCount(Components c, UUID inspection) {
        return c.db().read(conn -> Sql.queryOne(conn, "SELECT failed_count FROM inspections WHERE id = ?",
                rs -> rs.getLong(1), inspection.toString()).orElse(-1L));
    }
}
