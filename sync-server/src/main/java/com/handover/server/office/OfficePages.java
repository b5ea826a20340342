package com.handover.server.office;

import com.handover.server.office.pages.AdminPages;
import com.handover.server.office.pages.DashboardPage;
import com.handover.server.office.pages.SyncReviewPage;
import com.handover.server.office.pages.InspectionPage;
import com.handover.server.office.pages.ReportPages;
import com.handover.server.office.pages.ProjectPages;
import com.handover.server.office.pages.UnitPage;
import java.util.List;

/** Every page group of the console, in the order they are installed (console A's, then console B's). */
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
                // console B
                new com.handover.server.office.repair.RepairPages());
    }
}
