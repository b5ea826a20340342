package com.handover.server.setup;

import static com.handover.server.setup.imports.ImportSheets.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.handover.model.json.BundledChecklists;
import com.handover.model.site.Unit;
import com.handover.server.setup.imports.ImportTemplate;
import com.handover.server.setup.imports.ImportWorkbook;
import com.handover.server.setup.imports.ProjectImport;
import com.handover.server.setup.imports.SiteIds;
import com.handover.server.setup.bench.LargeProject;
import com.handover.server.testing.TestServer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A changed file imported again updates the same records; what was recorded against them stays. */
class ProjectReimportTest {

    @Test
    void reimportKeepsIdsAndWhatWasRecordedAgainstTheUnits() throws Exception {
        try (TestServer server = TestServer.start(TestServer.Options.defaults().withSeed(false))) {
            var c = server.components();
            ProjectImport imports = new ProjectImport(c, BundledChecklists.catalog().vocabulary());
            var first = imports.importBytes(ImportTemplate.example().xlsx());
            Map<String, UUID> idsBefore = units(server, first.projectId());
            UUID unit = SiteIds.unit("SLHY", "1号楼", "1-101");
            assertEquals(unit, idsBefore.get("1-101"));
            c.db().write(conn -> {
                c.sites().setDeemedHandover(conn, unit, LocalDate.of(2026, 6, 11), "office");
                return null;
            });

            ImportWorkbook changed = ImportTemplate.example();
            List<List<String>> rows = changed.sheets().get(UNITS);
            List<String> row = new ArrayList<>(rows.get(1));
            row.set(5, "王建华（已更名）");
            rows.set(1, row);
            changed.row(UNITS, "2号楼", "2-401", "4", "B", "89.60", "新业主", "13900000000", "2026-07-01");
            var second = imports.importBytes(changed.csv());

            assertEquals(first.projectId(), second.projectId());
            assertEquals(13, second.units());
            assertEquals(1, second.unitsNew());
            Map<String, UUID> idsAfter = units(server, first.projectId());
            idsBefore.forEach((number, id) -> assertEquals(id, idsAfter.get(number), number + " keeps its id"));
            Unit renamed = c.db().read(conn -> c.sites().unitsByIds(conn, List.of(unit))).get(0);
            assertEquals("王建华（已更名）", renamed.ownerName());
            assertEquals(LocalDate.of(2026, 6, 11), c.db().read(conn -> c.clocks().handovers().of(conn, unit)).orElseThrow(),
                    "the recorded 视同交付 survives the re-import");
            assertEquals(13, server.count("units"));
            assertEquals(1, server.count("projects"));
        }
    }

    @Test
    void tenThousandUnitsImportInOneGo() throws Exception {
        try (TestServer server = TestServer.start(TestServer.Options.defaults().withSeed(false))) {
            ProjectImport imports = new ProjectImport(server.components(), BundledChecklists.catalog().vocabulary());
            var summary = imports.importBytes(LargeProject.workbook(10_000).xlsx());
            assertEquals(10_000, summary.units());
            assertEquals(10_000, server.count("units"));
        }
    }

    private static Map<String, UUID> units(TestServer server, UUID project) {
        var c = server.components();
        return c.db().read(conn -> c.sites().units(conn, project)).stream()
                .collect(Collectors.toMap(Unit::number, Unit::id, (a, b) -> a));
    }
}
