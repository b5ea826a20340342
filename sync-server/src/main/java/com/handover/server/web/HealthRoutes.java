package com.handover.server.web;

import com.handover.model.json.ModelJson;
import com.handover.server.metrics.ServerMetrics;
import com.handover.server.store.Database;
import com.handover.server.web.errors.ErrorMapper;
import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/** GET /health (is the database reachable) and GET /metrics (Prometheus text). */
public final class HealthRoutes implements RouteGroup {

    private final Database db;
    private final ServerMetrics metrics;
    private final String nodeId;

    public HealthRoutes(Database db, ServerMetrics metrics, String nodeId) {
        this.db = db;
        this.metrics = metrics;
        this.nodeId = nodeId;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/health", ctx -> {
            Map<String, Object> body = new LinkedHashMap<>();
            boolean up;
            try {
                db.check();
                up = true;
            } catch (RuntimeException e) {
                up = false;
            }
            body.put("status", up ? "UP" : "DOWN");
            body.put("database", db.dialect().name());
            body.put("node", nodeId);
            body.put("protocolVersion", 1);
            ctx.status(up ? 200 : 503).contentType(ErrorMapper.JSON_UTF8)
                    .result(ModelJson.mapper().writeValueAsString(body));
        });
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.scrape()));
    }
}
