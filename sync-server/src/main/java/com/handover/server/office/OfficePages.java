package com.handover.server.office;

import com.handover.server.office.disputes.ObjectionPages;
import com.handover.server.office.pages.AdminPages;
import com.handover.server.office.pages.ProjectImportPages;
import com.handover.server.office.pages.RecordPages;
import com.handover.server.office.pages.SetupPages;
import com.handover.server.office.pages.DashboardPage;
import com.handover.server.office.pages.SyncReviewPage;
import com.handover.server.office.pages.InspectionPage;
import com.handover.server.office.pages.ReportPages;
import com.handover.server.office.pages.ProjectPages;
import com.handover.server.office.pages.UnitPage;
import com.handover.server.office.repair.board.BoardPages;
import com.handover.server.office.repair.common.CommonDefectPages;
import com.handover.server.office.repair.confirm.ConfirmationPages;
import com.handover.server.office.repair.contractors.ContractorPages;
import com.handover.server.office.repair.contractors.MonthlyReportPages;
import com.handover.server.office.repair.intake.IntakePages;
import com.handover.server.office.repair.rectify.RectifyPages;
import com.handover.server.office.repair.revisit.ReturnVisitPages;
import com.handover.server.office.repair.templates.TemplatePages;
import java.util.List;

/** Every page group of the console, in the order they are installed. */
final class OfficePages {

    private OfficePages() {
    }

    static List<OfficePageGroup> all() {
        return List.of(
                new DashboardPage(),
                new ProjectPages(),
                new UnitPage(),
                new InspectionPage(),
                new ReportPages(),
                new SyncReviewPage(),
                new AdminPages(),
                new ProjectImportPages(),
                new SetupPages(),
                new RecordPages(),
                (routes, parts) -> new IntakePages(parts).install(routes),
                (routes, parts) -> new BoardPages(parts).install(routes),
                (routes, parts) -> new ConfirmationPages(parts).install(routes),
                (routes, parts) -> new ContractorPages(parts).install(routes),
                (routes, parts) -> new ObjectionPages(parts).install(routes),
                (routes, parts) -> new MonthlyReportPages(parts).install(routes),
                (routes, parts) -> new CommonDefectPages(parts).install(routes),
                (routes, parts) -> new TemplatePages(parts).install(routes),
                (routes, parts) -> new RectifyPages(parts).install(routes),
                (routes, parts) -> new ReturnVisitPages(parts).install(routes));
    }
}
