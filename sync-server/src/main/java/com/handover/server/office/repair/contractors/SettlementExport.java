package com.handover.server.office.repair.contractors;

import com.handover.server.clock.report.RepairReports;
import com.handover.server.office.repair.csv.Csv;
import com.handover.server.office.web.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The quarterly settlement as a spreadsheet: a summary per contractor, then the ledger of the orders it counts.
 * CSV is UTF-8 with a byte order mark (Excel then reads Chinese correctly); XLSX has the two as sheets, money
 * as numbers in yuan.
 */
public final class SettlementExport {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private SettlementExport() {
    }

    public static List<String> summaryHeader(Messages m) {
        return List.of(m.t("contractors.col.name"), m.t("contractors.col.orders"), m.t("contractors.col.onTime"),
                m.t("contractors.col.onTimeRate"), m.t("contractors.col.emergencies"), m.t("contractors.col.selfRepaired"),
                m.t("contractors.col.cost"), m.t("contractors.col.chargeback"), m.t("contractors.col.deposit"),
                m.t("contractors.col.depositAfter"));
    }

    public static List<String> ledgerHeader(Messages m) {
        return List.of(m.t("contractors.col.workOrder"), m.t("contractors.col.building"), m.t("contractors.col.unit"),
                m.t("contractors.col.name"), m.t("contractors.col.category"), m.t("contractors.col.completedAt"),
                m.t("contractors.col.emergency"), m.t("contractors.col.selfRepair"), m.t("contractors.col.onTimeShort"),
                m.t("contractors.col.cost"), m.t("contractors.col.chargeback"));
    }

    public static String csv(RepairReports.Settlement s, Messages m, ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(m.t("contractors.settlement.title", s.quarter()), s.firstDay() + " ~ " + s.lastDay()));
        rows.add(summaryHeader(m));
        for (RepairReports.ContractorLine l : s.contractors()) {
            rows.add(List.of(l.name(), Integer.toString(l.totals().workOrders()), Integer.toString(l.totals().onTime()),
                    rate(l.onTimeRatePercent()), Integer.toString(l.totals().emergencies()),
                    Integer.toString(l.totals().selfRepaired()), yuan(l.totals().actualCostFen()),
                    yuan(l.totals().chargebackFen()), yuan(l.depositFen()), yuan(l.depositAfterFen())));
        }
        rows.add(List.of(m.t("contractors.total"), Integer.toString(s.total().workOrders()),
                Integer.toString(s.total().onTime()), rate(s.onTimeRatePercent()),
                Integer.toString(s.total().emergencies()), Integer.toString(s.total().selfRepaired()),
                yuan(s.total().actualCostFen()), yuan(s.total().chargebackFen()), "", ""));
        rows.add(List.of());
        rows.add(ledgerHeader(m));
        for (RepairReports.Line l : s.lines()) {
            rows.add(List.of(l.workOrderId().toString(), l.building(), l.unit(), l.contractor() == null ? "" : l.contractor(),
                    l.warrantyCategory() == null ? "" : l.warrantyCategory(), DAY_TIME.format(l.completedAt().atZone(zone)),
                    yesNo(m, l.emergency()), yesNo(m, l.selfRepaired()), yesNo(m, l.onTime()), yuan(l.actualCostFen()),
                    yuan(l.chargebackFen())));
        }
        return Csv.write(rows);
    }

    public static byte[] xlsx(RepairReports.Settlement s, Messages m, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "handover", "1.0");
            summarySheet(wb.newWorksheet(m.t("contractors.sheet.summary")), s, m);
            ledgerSheet(wb.newWorksheet(m.t("contractors.sheet.ledger")), s, m, zone);
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One line per contractor with its totals and deposit, and the quarter's total. */
    private static void summarySheet(Worksheet sum, RepairReports.Settlement s, Messages m) {
        sum.value(0, 0, m.t("contractors.settlement.title", s.quarter()));
        sum.value(0, 1, s.firstDay() + " ~ " + s.lastDay());
        header(sum, 1, summaryHeader(m));
        int r = 2;
        for (RepairReports.ContractorLine l : s.contractors()) {
            sum.value(r, 0, l.name());
            sum.value(r, 1, l.totals().workOrders());
            sum.value(r, 2, l.totals().onTime());
            if (l.onTimeRatePercent() != null) {
                sum.value(r, 3, l.onTimeRatePercent());
            }
            sum.value(r, 4, l.totals().emergencies());
            sum.value(r, 5, l.totals().selfRepaired());
            money(sum, r, 6, l.totals().actualCostFen());
            money(sum, r, 7, l.totals().chargebackFen());
            money(sum, r, 8, l.depositFen());
            money(sum, r, 9, l.depositAfterFen());
            r++;
        }
        sum.value(r, 0, m.t("contractors.total"));
        sum.value(r, 1, s.total().workOrders());
        money(sum, r, 6, s.total().actualCostFen());
        money(sum, r, 7, s.total().chargebackFen());
        sum.width(0, 36);
    }

    /** One line per settled order. */
    private static void ledgerSheet(Worksheet ledger, RepairReports.Settlement s, Messages m, ZoneId zone) {
        header(ledger, 0, ledgerHeader(m));
        int r = 1;
        for (RepairReports.Line l : s.lines()) {
            ledger.value(r, 0, l.workOrderId().toString());
            ledger.value(r, 1, l.building());
            ledger.value(r, 2, l.unit());
            ledger.value(r, 3, l.contractor() == null ? "" : l.contractor());
            ledger.value(r, 4, l.warrantyCategory() == null ? "" : l.warrantyCategory());
            ledger.value(r, 5, DAY_TIME.format(l.completedAt().atZone(zone)));
            ledger.value(r, 6, yesNo(m, l.emergency()));
            ledger.value(r, 7, yesNo(m, l.selfRepaired()));
            ledger.value(r, 8, yesNo(m, l.onTime()));
            money(ledger, r, 9, l.actualCostFen());
            money(ledger, r, 10, l.chargebackFen());
            r++;
        }
    }

    private static void header(Worksheet ws, int row, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            ws.value(row, i, names.get(i));
            ws.style(row, i).bold().fillColor("DDE6F0").set();
        }
    }

    private static void money(Worksheet ws, int row, int col, long fen) {
        ws.value(row, col, BigDecimal.valueOf(fen, 2));
        ws.style(row, col).format("#,##0.00").set();
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    private static String rate(BigDecimal percent) {
        return percent == null ? "" : percent.toPlainString() + "%";
    }

    private static String yesNo(Messages m, boolean v) {
        return m.t(v ? "repair.yes" : "repair.no");
    }
}
