package com.handover.server.web.api;

import com.handover.server.reference.TemplateStore;
import com.handover.model.DeliveryStandard;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.json.TemplateJson;
import com.handover.server.web.AsciiNumbers;
import com.handover.server.web.RouteGroup;
import com.handover.server.web.errors.ApiException;
import io.javalin.config.RoutesConfig;

/**
 * {@code GET /api/v1/templates/{code}/{version}}: one checklist template version as TemplateJson, for devices
 * to fetch the versions that {@code GET /api/v1/reference} lists and they do not hold (published by the office).
 * Any signed-in user may read templates: they carry no personal data.
 */
public final class TemplateApiRoutes implements RouteGroup {

    private final TemplateStore store;

    public TemplateApiRoutes(TemplateStore store) {
        this.store = store;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ApiAccess.PREFIX + "/templates/{code}/{version}", ctx -> {
            ApiAccess.principal(ctx);
            String code = ctx.pathParam("code");
            try {
                DeliveryStandard.valueOf(code);
            } catch (IllegalArgumentException e) {
                throw ApiException.notFound("no checklist template " + abbreviate(code));
            }
            int version = (int) AsciiNumbers.parseCanonical(ctx.pathParam("version"), 6)
                    .orElseThrow(() -> ApiException.validation("version",
                            "version must be a whole number written without leading zeros"));
            ChecklistTemplate t = store.catalog().template(code, version)
                    .orElseThrow(() -> ApiException.notFound("no version " + version + " of template " + code));
            ctx.header("Cache-Control", "private, max-age=86400");
            ctx.contentType("application/json; charset=utf-8").result(TemplateJson.write(t));
        });
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
