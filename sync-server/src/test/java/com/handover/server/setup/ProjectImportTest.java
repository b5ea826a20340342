package com.handover.server.setup;

import static com.handover.server.setup.imports.ImportSheets.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.json.BundledChecklists;
import com.handover.model.warranty.ProjectWarrantySettings;
import com.handover.model.warranty.SeasonWindow;
import com.handover.server.office.web.Lang;
import com.handover.server.office.web.Messages;
import com.handover.server.setup.imports.ImportMessages;
import com.handover.server.setup.imports.ImportRefused;
import com.handover.server.setup.imports.ImportTemplate;
import com.handover.server.setup.imports.ImportWorkbook;
import com.handover.server.setup.imports.ProjectImport;
import com.handover.server.testing.TestServer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bad import files are refused with every problem in Chinese, and write nothing. */
class ProjectImportTest {

    private TestServer server;
    private ProjectImport imports;

    @BeforeEach
    void start() {
        server = TestServer.start(TestServer.Options.defaults().withSeed(false));
        imports = new ProjectImport(server.components(), BundledChecklists.catalog().vocabulary());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private List<String> refused(byte[] file) {
        ImportRefused e = assertThrows(ImportRefused.class, () -> imports.importBytes(file));
        assertNothingWritten();
        return ImportMessages.texts(e.problems(), Messages.of(Lang.ZH));
    }

    private void assertNothingWritten() {
        for (String table : List.of("projects", "buildings", "unit_types", "units", "contractors",
                "project_warranty_periods", "contractor_responsibilities", "project_seasons")) {
            assertEquals(0, server.count(table), table + " must stay empty");
        }
    }

    @Test
    void theTemplateExampleImportsAsItIs() throws Exception {
        var summary = imports.importBytes(ImportTemplate.example().xlsx());
        assertEquals("示例花园", summary.projectName());
        assertEquals(2, summary.buildings());
        assertEquals(12, summary.units());
        assertEquals(12, summary.unitsNew());
        assertEquals(4, summary.contractors());
        assertEquals(2, summary.periods());
        assertEquals(12, server.count("units"));
        assertEquals(7, server.count("contractor_responsibilities"), "土建 and 给排水 in both buildings, 门窗 in each, 精装 in one");
    }

    @Test
    void theTemplateInTheDocsIsTheOneThePageServes() throws Exception {
        assertArrayEquals(ImportTemplate.example().csv(),
                Files.readAllBytes(Path.of("../docs/templates/project-import-template.csv")));
    }

    @Test
    void theCsvTemplateImportsLikeTheWorkbook() throws Exception {
        var summary = imports.importBytes(ImportTemplate.example().csv());
        assertEquals(12, summary.units());
        assertEquals(2, summary.periods());
    }

    @Test
    void aDuplicateUnitNumberNamesBothRows() {
        ImportWorkbook wb = ImportTemplate.example();
        wb.row(UNITS, "1号楼", "1-101", "1", "A", "128.35", "钱多多", "13900000099", "2026-06-11");
        List<String> problems = refused(wb.xlsx());
        assertEquals(List.of("「房屋」表第 14 行「房号」：与第 2 行重复。"), problems);
    }

    @Test
    void everyBadRowIsReportedAtOnce() {
        // In a csv file the row is the line of the file.
        ImportWorkbook wb = ImportTemplate.example();
        wb.row(UNITS, "1号楼", "1-401", "4", "C", "", "", "", "");
        wb.row(UNITS, "1号楼", "1-402", "4", "A", "", "", "", "2026-13-40");
        wb.row(UNITS, "3号楼", "3-101", "1", "A", "", "", "", "");
        List<String> problems = refused(wb.csv());
        assertEquals(List.of(
                "「房屋」表第 34 行「户型编号」：户型「C」不在「户型」表中。",
                "「房屋」表第 35 行「通知交付日期」：「2026-13-40」不是日期，应写作 2026-06-30。",
                "「房屋」表第 36 行「楼栋」：「3号楼」不在「楼栋」表中。"), problems);
    }

    @Test
    void theProjectsOwnHeatingAndCoolingSeasonsAreKeptAndBlankMeansTheCitys() throws Exception {
        ImportWorkbook wb = ImportTemplate.example();
        wb.sheets().get(PROJECT).set(1, List.of("SLHY", "示例花园", "北京", "50", "11月1日至3月31日", "06-01至09-30"));
        var summary = imports.importBytes(wb.xlsx());
        ProjectWarrantySettings settings = server.components().db().read(c -> server.components().sites()
                .warrantySettings(c, summary.projectId()));
        assertEquals(SeasonWindow.of(11, 1, 3, 31), settings.heatingSeason());
        assertEquals(SeasonWindow.of(6, 1, 9, 30), settings.coolingSeason());

        wb.sheets().get(PROJECT).set(1, List.of("SLHY", "示例花园", "北京", "50", "", ""));
        imports.importBytes(wb.xlsx());
        ProjectWarrantySettings cleared = server.components().db().read(c -> server.components().sites()
                .warrantySettings(c, summary.projectId()));
        assertEquals(null, cleared.heatingSeason(), "a blank cell leaves the city's heating season in force");
        assertEquals(null, cleared.coolingSeason());
    }

    @Test
    void aSeasonThatIsNotOneIsRefused() {
        ImportWorkbook wb = ImportTemplate.example();
        wb.sheets().get(PROJECT).set(1, List.of("SLHY", "示例花园", "北京", "50", "11-15至13-40", "夏天"));
        assertEquals(List.of(
                "「项目」表第 2 行「采暖期」：「11-15至13-40」不是采暖期或供冷期，应写作 11-15至03-15（开始月-日至结束月-日）。",
                "「项目」表第 2 行「供冷期」：「夏天」不是采暖期或供冷期，应写作 11-15至03-15（开始月-日至结束月-日）。"),
                refused(wb.xlsx()));
    }

    @Test
    void aPeriodBelowTheStatuteIsRefusedCitingTheArticle() {
        ImportWorkbook wb = ImportTemplate.example();
        wb.row(WARRANTY, "管道渗漏", "1年");
        List<String> problems = refused(wb.xlsx());
        assertEquals(List.of("「保修期」表第 4 行「约定保修期」：约定的「1年」短于「管道渗漏」的法定最低保修期，不予接受。"
                + "依据：《建设工程质量管理条例》（国务院令第279号）第四十条第（四）项：给排水管道2年"), problems);
    }

    @Test
    void aMissingColumnIsReportedBeforeAnyRow() {
        ImportWorkbook wb = ImportTemplate.example();
        var units = wb.sheets().get(UNITS);
        for (int i = 0; i < units.size(); i++) {
            units.set(i, units.get(i).subList(0, 3));
        }
        assertEquals(List.of("「房屋」表：缺少列「户型编号」。"), refused(wb.xlsx()));
    }

    @Test
    void aGbkCsvIsRefusedWithHowToSaveItAsUtf8() {
        String text = new String(ImportTemplate.example().csv(), StandardCharsets.UTF_8).substring(1);
        byte[] gbk = text.getBytes(Charset.forName("GBK"));
        List<String> problems = refused(gbk);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("CSV 文件是 GBK 编码"), problems.get(0));
        assertTrue(problems.get(0).contains("「CSV UTF-8（逗号分隔）」"), problems.get(0));
    }
}
