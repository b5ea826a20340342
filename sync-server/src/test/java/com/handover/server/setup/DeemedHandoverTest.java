package com.handover.server.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.json.BundledChecklists;
import com.handover.server.setup.imports.ImportTemplate;
import com.handover.server.setup.imports.ProjectImport;
import com.handover.server.setup.imports.SiteIds;
import com.handover.server.store.jdbc.Sql;
import com.handover.server.testing.TestServer;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * 视同交付 makes the notified date the unit's handover date, and the project's agreed periods (from the import)
 * decide the warranty the clocks store for it.
 */
class DeemedHandoverTest {

    @Test
    void theNotifiedDateStartsTheWarrantyWithTheProjectsAgreedPeriods() throws Exception {
        try (TestServer server = TestServer.start(TestServer.Options.defaults().withSeed(false))) {
            var c = server.components();
            new ProjectImport(c, BundledChecklists.catalog().vocabulary()).importBytes(ImportTemplate.example().xlsx());
            UUID unit = SiteIds.unit("SLHY", "1号楼", "1-101");
            DeemedHandovers deemed = new DeemedHandovers(c.db(), c.sites(), c.clocks().handovers());

            assertEquals(DeemedHandovers.Offer.NOT_DUE, offer(c, deemed, unit, LocalDate.of(2026, 6, 11)));
            assertEquals(DeemedHandovers.Outcome.NOT_DUE, deemed.record(unit, LocalDate.of(2026, 6, 11), "office"));
            assertEquals(DeemedHandovers.Offer.RECORD, offer(c, deemed, unit, LocalDate.of(2026, 7, 1)));
            assertTrue(c.db().read(conn -> c.clocks().handovers().of(conn, unit)).isEmpty());

            assertEquals(DeemedHandovers.Outcome.RECORDED, deemed.record(unit, LocalDate.of(2026, 7, 1), "office"));
            assertEquals(LocalDate.of(2026, 6, 11), c.db().read(conn -> c.clocks().handovers().of(conn, unit)).orElseThrow());
            assertEquals(DeemedHandovers.Offer.WITHDRAW, offer(c, deemed, unit, LocalDate.of(2026, 7, 1)));

            c.clocks().job().run();
            String roof = c.db().read(conn -> Sql.queryOne(conn, "SELECT buyer_expiry FROM unit_warranty"
                    + " WHERE unit_id = ? AND category = 'ROOF_WATERPROOF'", rs -> rs.getString(1), unit)).orElseThrow();
            assertTrue(roof.startsWith("2034-03"), "the agreed 8 years from 竣工验收 2026-03-20 decide: " + roof);
            String pipe = c.db().read(conn -> Sql.queryOne(conn, "SELECT handover_date FROM unit_warranty"
                    + " WHERE unit_id = ? AND category = 'PIPE_LEAK'", rs -> rs.getString(1), unit)).orElseThrow();
            assertEquals("2026-06-11", pipe);

            assertEquals(DeemedHandovers.Outcome.CLEARED, deemed.clear(unit));
            assertTrue(c.db().read(conn -> c.clocks().handovers().of(conn, unit)).isEmpty());
            assertEquals(DeemedHandovers.Offer.RECORD, offer(c, deemed, unit, LocalDate.of(2026, 7, 1)));
        }
    }

    private static DeemedHandovers.Offer offer(com.handover.server.Components c, DeemedHandovers deemed, UUID unit,
                                               LocalDate today) {
        return c.db().read(conn -> deemed.offer(conn, unit, today));
    }
}
