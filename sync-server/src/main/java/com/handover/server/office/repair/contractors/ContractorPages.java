package com.handover.server.office.repair.contractors;

import com.handover.server.office.OfficeParts;
import com.handover.model.sla.Quarter;
import com.handover.server.clock.report.RepairReports;
import com.handover.server.office.query.ChecklistNames;
import com.handover.server.office.web.Ids;
import com.handover.server.office.web.Messages;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.web.OfficeWeb;
import com.handover.server.office.web.PageContext;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * 施工单位: each contractor's scorecard and the quarterly settlement, with CSV and Excel downloads and the
 * 结算本季度 action that marks the quarter's confirmed orders settled.
 */
public final class ContractorPages {

    static final String BASE = "/office/repair/contractors";

    /** @param settledMessage what the last 结算本季度 did, or null */
    public record View(List<Scorecard.Line> scorecard, String quarter, List<String> quarters,
                       RepairReports.Settlement settlement, ChecklistNames names,
                       String settledMessage) {
    }

    private final OfficeParts parts;
    private final QuarterSettlement settlement;

    public ContractorPages(OfficeParts parts) {
        this.parts = parts;
        this.settlement = new QuarterSettlement(parts.components(), parts.clocks());
    }

    public void install(RoutesConfig routes) {
        routes.get(BASE, this::page);
        routes.post(BASE + "/{id}/settle", this::settle);
        routes.get(BASE + "/settlement.csv", this::csv);
        routes.get(BASE + "/settlement.xlsx", this::xlsx);
    }

    private Quarter quarter(Context ctx) {
        return quarter(ctx.queryParam("quarter"));
    }

    private Quarter quarter(String q) {
        try {
            if (q != null && !q.isBlank()) {
                return Quarter.parse(q.strip());
            }
        } catch (IllegalArgumentException e) {
            // an unreadable quarter shows the current one
        }
        return Quarter.of(parts.components().clock().instant(), parts.clocks().settings().zone());
    }

    private void page(Context ctx) {
        Quarter q = quarter(ctx);
        Instant now = parts.components().clock().instant();
        Quarter current = Quarter.of(now, parts.clocks().settings().zone());
        List<String> quarters = new ArrayList<>();
        Quarter k = current;
        for (int i = 0; i < 8; i++) {
            quarters.add(k.toString());
            k = k.quarter() == 1 ? new Quarter(k.year() - 1, 4) : new Quarter(k.year(), k.quarter() - 1);
        }
        PageContext page = parts.web().page(ctx, "contractors", "contractors.title");
        RepairReports.Settlement s = parts.clocks().reports().settlement(q);
        parts.web().render(ctx, "repair/contractors.jte", page, new View(parts.scorecard().lines(now), q.toString(),
                quarters, s, parts.names(page.lang()),
                settledMessage(ctx, page, s)));
    }

    /** The note after a settlement: {@code ?settled=n&by=<contractor id>} on the redirect. */
    private static String settledMessage(Context ctx, PageContext page, RepairReports.Settlement s) {
        String count = ctx.queryParam("settled");
        String open = ctx.queryParam("objectionsOpen");
        String by = ctx.queryParam("by");
        String key = open != null ? "disputes.settle.objectionsOpen" : "contractors.settled";
        String n = open != null ? open : count;
        if (n == null || by == null || !n.matches("\\d{1,6}")) {
            return null;
        }
        return s.contractors().stream().filter(l -> l.contractorId().toString().equals(by)).findFirst()
                .map(l -> page.t(key, l.name(), s.quarter(), Integer.parseInt(n)))
                .orElse(null);
    }

    private void settle(Context ctx) {
        UUID contractor = Ids.path(ctx, "id");
        boolean known = parts.components().db().read(c -> parts.components().sites().contractors(c)).stream()
                .anyMatch(k -> k.id().equals(contractor));
        if (!known) {
            throw OfficeHalt.notFound();
        }
        Quarter q;
        try {
            q = Quarter.parse(String.valueOf(ctx.formParam("quarter")).strip());
        } catch (IllegalArgumentException e) {
            throw OfficeHalt.page(400, "contractors.settle.badQuarter");
        }
        int settled;
        try {
            settled = settlement.settle(contractor, q, parts.actor(ctx));
        } catch (QuarterSettlement.ObjectionsOpen e) {
            throw OfficeHalt.redirect(BASE + "?quarter=" + q + "&objectionsOpen=" + e.count() + "&by=" + contractor
                    + "#settlement");
        }
        throw OfficeHalt.redirect(BASE + "?quarter=" + q + "&settled=" + settled + "&by=" + contractor + "#settlement");
    }

    private void csv(Context ctx) {
        Quarter q = quarter(ctx);
        Messages m = OfficeWeb.messages(ctx);
        String body = SettlementExport.csv(parts.clocks().reports().settlement(q), m, parts.clocks().settings().zone());
        attachment(ctx, "settlement-" + q + ".csv", "text/csv; charset=utf-8");
        ctx.result(body.getBytes(StandardCharsets.UTF_8));
    }

    private void xlsx(Context ctx) {
        Quarter q = quarter(ctx);
        Messages m = OfficeWeb.messages(ctx);
        byte[] body = SettlementExport.xlsx(parts.clocks().reports().settlement(q), m, parts.clocks().settings().zone());
        attachment(ctx, "settlement-" + q + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ctx.result(body);
    }

    static void attachment(Context ctx, String fileName, String type) {
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        ctx.header("Cache-Control", "no-store");
    }
}
