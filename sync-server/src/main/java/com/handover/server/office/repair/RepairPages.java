package com.handover.server.office.repair;

import com.handover.server.clock.ClockSettings;
import com.handover.server.office.OfficeParts;
import com.handover.server.office.OfficePageGroup;
import com.handover.server.office.repair.board.BoardPages;
import com.handover.server.office.repair.common.CommonDefectPages;
import com.handover.server.office.repair.contractors.ContractorPages;
import com.handover.server.office.repair.contractors.MonthlyReportPages;
import com.handover.server.office.repair.intake.IntakePages;
import com.handover.server.office.repair.templates.TemplatePages;
import io.javalin.config.RoutesConfig;

/** Console B's pages: 受理 (intake), 工单 (work orders), 承包商 (contractors), 维修月报 (monthly repairs), 共性问题 (common defects), 模板 (templates). */
public final class RepairPages implements OfficePageGroup {

    @Override
    public void install(RoutesConfig routes, OfficeParts office) {
        RepairParts parts = RepairParts.of(office, ClockSettings.fromEnvironment(System.getenv()));
        new IntakePages(parts).install(routes);
        new BoardPages(parts).install(routes);
        new ContractorPages(parts).install(routes);
        new MonthlyReportPages(parts).install(routes);
        new CommonDefectPages(parts).install(routes);
        new TemplatePages(parts).install(routes);
    }
}
