package com.handover.systemtest.firstcustomer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.ui.workorders.WorkOrderViewModel;
import com.handover.model.DefectStatus;
import com.handover.model.Role;
import com.handover.model.SignerRole;
import com.handover.model.WorkOrderStatus;
import com.handover.model.rectify.Rectification;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.server.office.browser.Browser;
import com.handover.systemtest.server.ServerProcess;
import com.handover.systemtest.support.WorkDirs;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A customer's first weeks, from an empty server, through the product's own interfaces only: the documented
 * create-admin command, the console in Chromium, the import file, and the app's composition on phones that sync
 * with the server process. Never the demo loader, never SQL.
 */
@Tag("workflow")
class FirstRealCustomerTest {

    private static final String PASSWORD = "Cuihu-Yuan-2026!";
    private static final String PROJECT = "翠湖苑";

    @Test
    void fromAnEmptyServerToSettledAndRevisitedRepairs() throws Exception {
        Browser.requireOrSkip();
        Path dir = WorkDirs.fresh("first-customer");
        Path data = Files.createDirectories(dir.resolve("server"));
        AdminCommand.createFirstAdmin(data, "chen", "陈主管", PASSWORD, dir.resolve("create-admin.log"));
        try (ServerProcess server = ServerProcess.sqlite("first", data, dir).start();
             Console console = new Console(server.baseUrl())) {
            setUpTheProject(console);
            try (Phone inspector = new Phone(dir.resolve("inspector-phone"), "inspector");
                 Phone repairer = new Phone(dir.resolve("repairer-phone"), "repairer")) {
                inspector.signIn(server.baseUrl(), "liu", PASSWORD);
                repairer.signIn(server.baseUrl(), "li", PASSWORD);
                handoverDefectIsRectifiedAndReinspected(console, inspector, repairer);
                inspectorSendsADefectForRectificationOnSite(console, inspector, repairer);
                ownersRepairIsConfirmedByFourPartiesSettledAndRevisited(console, inspector, repairer);
                outOfWarrantyAndEmergencyFollowTheSeedsRules(console, inspector, repairer);
            }
        }
    }

    /** The administrator imports the customer's spreadsheet and creates the accounts of every role. */
    private static void setUpTheProject(Console console) throws URISyntaxException, IOException {
        console.signIn("chen", PASSWORD);
        String imported = console.importProject(fixture("first-customer/project.csv"));
        assertTrue(imported.contains(PROJECT) && imported.contains("5 户"), imported);
        console.screenshot("imported");
        console.createUser("liu", "刘验房", Role.INSPECTOR, PASSWORD);
        console.createUser("li", "李维修", Role.MAINTENANCE, PASSWORD);
        console.createUser("wang", "王客服", Role.OFFICE, PASSWORD);
        console.createUser("sun", "孙监理", Role.SUPERVISOR, PASSWORD);
        console.createUser("zhou", "周项目", Role.PROJECT_DEPARTMENT, PASSWORD);
        for (String user : new String[] {"liu", "li", "sun", "zhou"}) {
            console.assignToProject(user, PROJECT);
        }
        console.screenshot("accounts");
        console.uploadFloorPlan("A户型 三室两厅两卫", floorPlan());
        console.signOut();
    }

    /** Handover with a failed item → 整改 order to the responsible contractor → repair → 复验 passes. */
    private static void handoverDefectIsRectifiedAndReinspected(Console console, Phone inspector, Phone repairer)
            throws IOException, InterruptedException {
        DefectState defect = inspector.handOver("1-101", "王建华", "刘验房", "入户门门框与墙体交接处裂缝约20cm");
        inspector.sync();
        UUID unit = inspector.unit("1-101").id();

        console.signIn("wang", PASSWORD);
        String contractor = console.sendForRectification(unit, defect.id(), "li");
        assertEquals("美窗门窗幕墙有限公司", contractor, "the contractor the project registered for 门窗 in 1号楼");
        console.screenshot("rectify-sent");

        repairer.sync();
        WorkOrderState order = repairer.app().replica().read(s -> s.workOrders().values().stream()
                .filter(w -> defect.id().equals(w.defectId())).findFirst().orElseThrow(
                        () -> new AssertionError("the repairer's phone holds the 整改 order")));
        assertNotNull(order.rectifyBy(), "the 整改期限 reached the phone");
        WorkOrderViewModel screen = repairer.repair(order.id(), "门框与墙体交接处重新打胶修补", "180");
        repairer.signOnSite(screen, SignerRole.MAINTENANCE, "李维修");
        repairer.signOnSite(screen, SignerRole.OWNER, "王建华");
        repairer.sync();
        confirmInTheConsole(console, order.id());

        inspector.sync();
        assertEquals(DefectStatus.REPAIRED, inspector.app().replica().read(s -> s.defects().get(defect.id()).status()));
        inspector.reinspectAndPass("1-101", defect.id());
        inspector.sync();

        console.signIn("wang", PASSWORD);
        String inspection = console.inspectionPage(defect.inspectionId());
        assertEquals(1, console.pinsOnThePlan(), "the inspection page draws the defect's pin on the 户型 floor plan");
        assertEquals(1, console.markedPhotos(), "and the arrow drawn on the photo on the phone");
        assertTrue(inspection.contains("美窗门窗幕墙有限公司"), "the inspection page names the 责任单位: " + inspection);
        console.screenshot("inspection-with-plan");
        String report = console.reportPage(defect.inspectionId());
        assertEquals(1, console.pinsOnThePlan(), "the printable 验收单 draws the pin too");
        assertEquals(1, console.markedPhotos(), "and the photo's arrow");
        assertTrue(report.contains("美窗门窗幕墙有限公司") && report.contains("盖章处"), report);
        console.screenshot("report-with-plan");
        String pdf = new PDFTextStripper().getText(Loader.loadPDF(console.reportPdf(defect.inspectionId())))
                .replaceAll("\\s", "");
        for (String shown : new String[] {"交房验收单", "整改期限", "美窗门窗幕墙有限公司", "王建华", "刘验房", "盖章处", "第1页共"}) {
            assertTrue(pdf.contains(shown), () -> "the downloaded 验收单 shows " + shown + ": " + pdf);
        }
        String page = console.unitPage(unit);
        console.screenshot("unit-after-reinspection");
        assertTrue(page.contains("入户门门框与墙体交接处裂缝约20cm"), page);
        assertTrue(page.contains("已关闭"), "the 复验 closed the defect: " + page);
        assertTrue(page.matches("(?s).*复验\\s+已签字\\s+同意收房.*"), "the signed 复验 accepts the unit: " + page);
        assertTrue(page.contains("施工单位保修期自竣工验收合格之日 2026-03-20 起算"),
                "the contractor's warranty runs from 1号楼's own 竣工验收, not the older 5号楼's: " + page);
        console.signOut();
        repairer.sync();
        assertEquals(WorkOrderStatus.CONFIRMED, repairer.app().replica().read(s -> s.workOrders().get(order.id())
                .status()));
    }

    /** A floor plan as a customer's designer exports it: a PNG of the 户型. */
    private static Path floorPlan() throws IOException {
        BufferedImage img = new BufferedImage(900, 640, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 900, 640);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(6));
        g.drawRect(30, 30, 840, 580);
        g.drawLine(450, 30, 450, 610);
        g.drawLine(30, 330, 450, 330);
        g.dispose();
        Path file = Files.createTempFile("floor-plan-A", ".png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    /** The inspector sends a handover defect for 整改 from the phone; the repairer's phone receives the order. */
    private static void inspectorSendsADefectForRectificationOnSite(Console console, Phone inspector, Phone repairer) {
        DefectState defect = inspector.handOver("1-201", "张伟", "刘验房", "入户门门扇关闭不严，下沿与地面摩擦");
        String contractor = inspector.sendForRectification("1-201", "李维修");
        assertEquals("美窗门窗幕墙有限公司", contractor, "the phone proposes the contractor registered for 门窗 in 1号楼");
        inspector.sync();

        repairer.sync();
        WorkOrderState order = repairer.app().replica().read(s -> s.workOrders().values().stream()
                .filter(w -> defect.id().equals(w.defectId())).findFirst().orElseThrow(
                        () -> new AssertionError("the repairer's phone holds the order the inspector sent")));
        assertEquals(WorkOrderStatus.ASSIGNED, order.status());
        assertEquals("li", order.assignee());
        assertEquals(LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(Rectification.DEFAULT_DAYS), order.rectifyBy());

        console.signIn("wang", PASSWORD);
        String page = console.unitPage(inspector.unit("1-201").id());
        console.screenshot("unit-rectify-from-phone");
        assertTrue(page.contains("美窗门窗幕墙有限公司"), "the unit page shows the 整改 sent from the phone: " + page);
        console.signOut();
    }

    /**
     * An owner's complaint → 维修单 → repair and two signatures on site, 监理 and 项目部 in the console → settled
     * → 回访.
     */
    private static void ownersRepairIsConfirmedByFourPartiesSettledAndRevisited(Console console, Phone inspector,
                                                                               Phone repairer) {
        UUID unit = inspector.unit("1-102").id();
        console.signIn("wang", PASSWORD);
        console.recordDeemedHandover(unit);
        UUID order = console.takeCall(unit, "COMPLAINT", "NORMAL", "BATHROOM-1", "PIPE_LEAK",
                "业主投诉：主卫下水管接口渗水，楼下顶棚有水渍，多次报修未处理", "500", null);
        assertNotNull(order, "the complaint names something to repair, so it opened a 维修单");
        assertTrue(console.complaintPanel("work-order").contains("京通给排水安装有限公司"),
                "the plumbing contractor answers for it");
        console.assignRepairer(order, "li");
        console.signOut();

        repairer.sync();
        WorkOrderViewModel screen = repairer.repair(order, "更换下水管接头并做闭水试验", "420");
        repairer.signOnSite(screen, SignerRole.OWNER, "李秀英");
        repairer.signOnSite(screen, SignerRole.MAINTENANCE, "李维修");
        repairer.sync();
        confirmInTheConsole(console, order);

        console.signIn("wang", PASSWORD);
        String quarter = quarterOf(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        UUID contractor = repairer.app().replica().read(s -> s.workOrders().get(order).contractorId());
        String settled = console.settle(contractor, quarter);
        assertTrue(settled.contains("京通给排水安装有限公司") && !settled.contains("新结算 0 张"), settled);
        console.screenshot("settled");
        console.recordReturnVisit(order, 5, "业主对维修结果满意");
        console.screenshot("revisited");
        String page = console.workOrderPage(order);
        assertTrue(page.contains("已结算"), "settled: " + page);
        console.signOut();
        repairer.sync();
        WorkOrderState done = repairer.app().replica().read(s -> s.workOrders().get(order));
        assertEquals(WorkOrderStatus.SETTLED, done.status());
        assertEquals(5, done.satisfaction());
    }

    /**
     * 有偿维修 for a unit past its warranty (an older building, 视同交付 long ago): no contractor, no deadline,
     * nothing charged; an emergency is repaired at once by the 售后维修部 and charged at actual cost.
     */
    private static void outOfWarrantyAndEmergencyFollowTheSeedsRules(Console console, Phone inspector,
                                                                    Phone repairer) {
        console.signIn("wang", PASSWORD);
        UUID oldUnit = inspector.unit("5-301").id();
        console.recordDeemedHandover(oldUnit);
        UUID paid = console.takeCall(oldUnit, "REPAIR", "NORMAL", "BATHROOM-1", "PIPE_LEAK",
                "卫生间下水管老化渗水", "300", "li");
        assertNotNull(paid);
        String answer = console.complaintPanel("work-order");
        assertTrue(answer.contains("有偿维修") && !answer.contains("有限公司"), "a paid repair, no contractor: " + answer);
        assertTrue(answer.contains("李维修"), "the 售后维修部 repairer sent is named: " + answer);
        console.screenshot("paid-repair");
        UUID emergency = console.takeCall(inspector.unit("1-102").id(), "REPAIR", "EMERGENCY", "KITCHEN",
                "PIPE_LEAK", "厨房给水管爆裂，水漫至客厅", "2000", "li");
        assertNotNull(emergency);
        console.signOut();

        repairer.sync();
        repairer.repair(paid, "更换卫生间下水管，业主付费", "300");
        repairer.repair(emergency, "关闭总阀，更换爆裂给水管段", "1560");
        repairer.sync();
        console.signIn("wang", PASSWORD);
        String paidCharge = console.chargeback(paid);
        assertTrue(paidCharge.matches("[^1-9]*"), "nothing is charged for a paid repair: " + paidCharge);
        String emergencyCharge = console.chargeback(emergency);
        console.screenshot("emergency-order");
        assertTrue(emergencyCharge.replace(",", "").contains("1560.00"), "charged at actual cost: " + emergencyCharge);
        console.signOut();
    }

    /** 监理 and 项目部 each sign in, tick the order on the 签认 page and sign once. */
    private static void confirmInTheConsole(Console console, UUID order) {
        console.signIn("sun", PASSWORD);
        assertTrue(console.currentPath().startsWith("/office/repair/confirmations"), console.currentPath());
        assertEquals("已签认 1 张维修单。", console.confirmOnTheSigningPage(order));
        console.signOut();
        console.signIn("zhou", PASSWORD);
        assertEquals("已签认 1 张维修单。", console.confirmOnTheSigningPage(order));
        console.screenshot("confirmed-by-project-department");
        console.signOut();
    }

    private static String quarterOf(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(FirstRealCustomerTest.class.getClassLoader().getResource(name).toURI());
    }
}
