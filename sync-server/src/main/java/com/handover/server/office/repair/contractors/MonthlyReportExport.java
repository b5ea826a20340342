package com.handover.server.office.repair.contractors;

import com.handover.server.clock.report.RepairReports;
import com.handover.server.office.repair.csv.Csv;
import com.handover.server.office.web.Messages;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * 维修月报 as CSV (UTF-8 with a byte order mark, so Excel reads the Chinese): the totals per contractor, the
 * month's total, then the ledger of the orders counted, money in yuan.
 */
public final class MonthlyReportExport {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private MonthlyReportExport() {
    }

    public static List<String> summaryHeader(Messages m) {
        return List.of(m.t("contractors.col.name"), m.t("contractors.col.orders"), m.t("contractors.col.onTime"),
                m.t("contractors.col.onTimeRate"), m.t("contractors.col.emergencies"), m.t("contractors.col.selfRepaired"),
                m.t("contractors.col.cost"), m.t("contractors.col.chargeback"));
    }

    public static String csv(RepairReports.Monthly r, Messages m, ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(m.t("monthly.title", r.month().toString())));
        rows.add(summaryHeader(m));
        for (RepairReports.ContractorLine l : r.contractors()) {
            rows.add(List.of(l.name(), Integer.toString(l.totals().workOrders()), Integer.toString(l.totals().onTime()),
                    rate(l.onTimeRatePercent()), Integer.toString(l.totals().emergencies()),
                    Integer.toString(l.totals().selfRepaired()), SettlementExport.yuan(l.totals().actualCostFen()),
                    SettlementExport.yuan(l.totals().chargebackFen())));
        }
        rows.add(List.of(m.t("contractors.total"), Integer.toString(r.total().workOrders()),
                Integer.toString(r.total().onTime()), rate(r.onTimeRatePercent()),
                Integer.toString(r.total().emergencies()), Integer.toString(r.total().selfRepaired()),
                SettlementExport.yuan(r.total().actualCostFen()), SettlementExport.yuan(r.total().chargebackFen())));
        rows.add(List.of());
        rows.add(SettlementExport.ledgerHeader(m));
        for (RepairReports.Line l : r.lines()) {
            rows.add(List.of(l.workOrderId().toString(), l.building(), l.unit(), l.contractor() == null ? "" : l.contractor(),
                    l.warrantyCategory() == null ? "" : l.warrantyCategory(), DAY_TIME.format(l.completedAt().atZone(zone)),
                    yesNo(m, l.emergency()), yesNo(m, l.selfRepaired()), yesNo(m, l.onTime()),
                    SettlementExport.yuan(l.actualCostFen()), SettlementExport.yuan(l.chargebackFen())));
        }
        return Csv.write(rows);
    }

    private static String rate(BigDecimal percent) {
        return percent == null ? "" : percent.toPlainString() + "%";
    }

    private static String yesNo(Messages m, boolean v) {
        return m.t(v ? "repair.yes" : "repair.no");
    }
}
