package com.handover.server.web.api;

import com.handover.model.json.ModelJson;
import com.handover.server.reference.ReferenceService;
import com.handover.server.web.RouteGroup;
import io.javalin.config.RoutesConfig;

/** GET /api/v1/reference: projects, buildings, unit types, units, contractors and templates in scope. */
public final class ReferenceRoutes implements RouteGroup {

    private final ReferenceService reference;

    public ReferenceRoutes(ReferenceService reference) {
        this.reference = reference;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(ApiAccess.PREFIX + "/reference", ctx -> ctx.contentType("application/json; charset=utf-8")
                .result(ModelJson.mapper().writeValueAsString(reference.forUser(ApiAccess.principal(ctx)))));
    }
}
