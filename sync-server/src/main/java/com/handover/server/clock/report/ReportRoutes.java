package com.handover.server.clock.report;

import com.handover.model.json.ModelJson;
import com.handover.model.sla.Quarter;
import com.handover.server.auth.Principal;
import com.handover.server.web.RouteGroup;
import com.handover.server.web.api.ApiAccess;
import com.handover.server.web.api.ApiQuery;
import com.handover.server.web.errors.ApiException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The repair reports as JSON for office and admin users: {@code GET /api/v1/reports/monthly?month=2026-11}
 * (维修月报) and {@code GET /api/v1/reports/settlement?quarter=2026-Q4} (quarterly settlement per contractor).
 */
public final class ReportRoutes implements RouteGroup {

    public static final String MONTHLY = ApiAccess.PREFIX + "/reports/monthly";
    public static final String SETTLEMENT = ApiAccess.PREFIX + "/reports/settlement";
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final RepairReports reports;

    public ReportRoutes(RepairReports reports) {
        this.reports = reports;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(MONTHLY, ctx -> {
            officeOnly(ctx);
            json(ctx, reports.monthly(month(ApiQuery.value(ctx, "month").orElse(null))));
        });
        routes.get(SETTLEMENT, ctx -> {
            officeOnly(ctx);
            json(ctx, reports.settlement(quarter(ApiQuery.value(ctx, "quarter").orElse(null))));
        });
    }

    public static YearMonth month(String text) {
        if (text == null || !MONTH.matcher(text).matches()) {
            throw ApiException.validation("month", "month is required, written like 2026-11");
        }
        try {
            YearMonth month = YearMonth.parse(text);
            if (month.getYear() < 2000 || month.getYear() > 2999) {
                throw ApiException.validation("month", "month must be in the years 2000..2999");
            }
            return month;
        } catch (DateTimeParseException e) {
            throw ApiException.validation("month", "month is required, written like 2026-11");
        }
    }

    public static Quarter quarter(String text) {
        if (text == null) {
            throw ApiException.validation("quarter", "quarter is required, written like 2026-Q4");
        }
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiException.validation("quarter", "quarter is required, written like 2026-Q4 (years 2000..2999)");
        }
    }

    private static void officeOnly(Context ctx) {
        Principal p = ApiAccess.principal(ctx);
        if (!p.seesEverything()) {
            throw ApiException.forbidden("the repair reports are for office and admin users");
        }
    }

    private static void json(Context ctx, Object body) throws Exception {
        ctx.contentType("application/json; charset=utf-8").result(ModelJson.mapper().writeValueAsString(body));
    }
}
