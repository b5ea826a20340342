package com.handover.server.office.repair.contractors;

import com.handover.server.office.OfficeParts;
import com.handover.server.clock.report.RepairReports;
import com.handover.server.office.web.Messages;
import com.handover.server.office.web.OfficeWeb;
import com.handover.server.office.web.PageContext;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** 维修月报 (seed R10): the month's completed repairs per contractor, with month navigation and a CSV download. */
public final class MonthlyReportPages {

    static final String BASE = "/office/reports/monthly";
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    /** The page's data: the report, and the months before and after it (null when that would leave 2000..2999). */
    public record View(RepairReports.Monthly report, String previous, String next) {
    }

    private final OfficeParts parts;

    public MonthlyReportPages(OfficeParts parts) {
        this.parts = parts;
    }

    public void install(RoutesConfig routes) {
        routes.get(BASE, this::page);
        routes.get(BASE + ".csv", this::csv);
    }

    /** The month asked for; an absent or unreadable one shows the current month in the reporting zone. */
    YearMonth month(Context ctx) {
        YearMonth parsed = parse(ctx.queryParam("month"));
        return parsed != null ? parsed
                : YearMonth.from(parts.components().clock().instant().atZone(parts.clocks().settings().zone()));
    }

    static YearMonth parse(String text) {
        if (text == null || !MONTH.matcher(text.strip()).matches()) {
            return null;
        }
        try {
            YearMonth m = YearMonth.parse(text.strip());
            return m.getYear() >= 2000 && m.getYear() <= 2999 ? m : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void page(Context ctx) {
        YearMonth m = month(ctx);
        YearMonth before = m.minusMonths(1);
        YearMonth after = m.plusMonths(1);
        PageContext page = parts.web().page(ctx, "monthly", "monthly.title", m.toString());
        parts.web().render(ctx, "repair/monthly.jte", page, new View(parts.clocks().reports().monthly(m),
                before.getYear() >= 2000 ? before.toString() : null, after.getYear() <= 2999 ? after.toString() : null));
    }

    private void csv(Context ctx) {
        YearMonth m = month(ctx);
        Messages msg = OfficeWeb.messages(ctx);
        String body = MonthlyReportExport.csv(parts.clocks().reports().monthly(m), msg, parts.clocks().settings().zone());
        ContractorPages.attachment(ctx, "repairs-" + m + ".csv", "text/csv; charset=utf-8");
        ctx.result(body.getBytes(StandardCharsets.UTF_8));
    }
}
