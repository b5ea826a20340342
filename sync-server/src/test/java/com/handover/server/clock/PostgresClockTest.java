package com.handover.server.clock;

import com.handover.server.config.ClockSettings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.Severity;
import com.handover.model.WorkOrderStatus;
import com.handover.model.sla.Quarter;
import com.handover.model.sla.SlaPolicy;
import com.handover.server.office.repair.intake.IntakeOutcome;
import com.handover.server.reference.TemplateStore;
import com.handover.server.store.jdbc.Sql;
import com.handover.server.testing.PostgresTestDatabase;
import java.time.Duration;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The clocks on PostgreSQL (the migrations V200 of both dialects, the flag table shared by nodes, reports and
 * published templates). Needs {@code HANDOVER_TEST_PG_URL} (see src/test/pg/start-pg.sh): skipped locally
 * without it, failed in CI.
 */
class PostgresClockTest {

    @Test
    void theJobFlagsEscalatesAndComputesWarrantiesOnPostgres() throws Exception {
        ClockSettings auto = new ClockSettings(Duration.ofMinutes(1), true, SlaPolicy.defaults());
        try (PostgresTestDatabase pg = PostgresTestDatabase.create();
             ClockTestServer s = ClockTestServer.start(auto, pg.settings())) {
            s.handOver(s.unit("1-301"));
            IntakeOutcome taken = s.repairRequest(s.unit("1-302"), Severity.NORMAL, 50_000);
            s.clock().advance(Duration.ofHours(25));
            ClockJob.Run run = s.clocks().job().run();
            assertEquals(1, run.overdueWorkOrders());
            assertEquals(1, run.escalated());
            assertEquals(1, run.warrantyUnitsComputed());
            assertEquals(1, run.lateComplaints(), "the repair request itself was not answered within 24 h");
            assertEquals(WorkOrderStatus.SELF_REPAIR, s.components().db().read(c -> WorkOrderRows.byId(c,
                    taken.workOrderId())).orElseThrow().status());
            s.complete(taken.workOrderId(), 40_000);
            assertEquals(80_000, s.clocks().reports().monthly(YearMonth.of(2026, 11)).total().chargebackFen());
            assertEquals(0, s.clocks().reports().settlement(Quarter.parse("2026-Q4")).total().workOrders(),
                    "not signed yet: not settled");
            s.confirmAll(taken.workOrderId());
            assertEquals(1, s.clocks().reports().settlement(Quarter.parse("2026-Q4")).total().workOrders());
            long flags = s.components().db().read(c -> Sql.count(c, "SELECT COUNT(*) FROM sla_flags"));
            assertEquals(1, flags, "the escalated order is no longer overdue; the complaint still is");
            s.clocks().job().run();
            TemplateStore templates = new TemplateStore(s.components().db());
            var latest = templates.catalog().latest("BARE_SHELL").orElseThrow();
            templates.saveDraft(latest, latest.version(), "pg", "office", 1L);
            assertEquals(2, templates.publish("BARE_SHELL", "office", 2L).version());
            assertTrue(templates.catalog().template("BARE_SHELL", 2).isPresent());
        }
    }
}
