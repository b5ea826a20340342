package com.handover.server.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.json.ModelJson;
import com.handover.server.auth.Principal;
import com.handover.server.config.Limits;
import com.handover.server.metrics.ServerMetrics;
import com.handover.server.sync.PullCursor;
import com.handover.server.sync.PullPageBytes;
import com.handover.server.sync.PullResult;
import com.handover.server.sync.PullService;
import com.handover.server.sync.PushResult;
import com.handover.server.sync.PushService;
import com.handover.server.sync.SentOperation;
import com.handover.server.web.AsciiNumbers;
import com.handover.server.web.JsonBodies;
import com.handover.server.web.RouteGroup;
import com.handover.server.web.errors.ApiException;
import com.handover.server.web.errors.ErrorCode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Set;

/** POST /api/v1/sync/push, GET /api/v1/sync/pull and GET /api/v1/sync/bootstrap. */
public final class SyncRoutes implements RouteGroup {

    private static final Set<String> PUSH_FIELDS = Set.of("deviceId", PushBody.OPERATIONS);

    private final PushService push;
    private final PullService pull;
    private final Limits limits;
    private final ServerMetrics metrics;

    public SyncRoutes(PushService push, PullService pull, Limits limits, ServerMetrics metrics) {
        this.push = push;
        this.pull = pull;
        this.limits = limits;
        this.metrics = metrics;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(ApiAccess.PREFIX + "/sync/push", this::push);
        routes.get(ApiAccess.PREFIX + "/sync/pull", this::pull);
        routes.get(ApiAccess.PREFIX + "/sync/bootstrap", this::bootstrap);
    }

    private void push(Context ctx) throws Exception {
        Principal principal = ApiAccess.principal(ctx);
        PushBody body = PushBody.read(ctx, limits.maxBodyBytes());
        JsonBodies.onlyFields(body.members(), PUSH_FIELDS);
        String deviceId = JsonBodies.requiredText(body.members(), "deviceId", 64);
        if (!deviceId.equals(principal.deviceId())) {
            throw ApiException.forbidden("this token was issued to another device; sign in on this device");
        }
        JsonNode ops = body.members().get(PushBody.OPERATIONS);
        if (ops == null || !ops.isArray()) {
            throw ApiException.validation("operations", "operations must be an array");
        }
        List<SentOperation> batch = body.operations();
        if (batch.size() > limits.maxBatchOperations()) {
            throw new ApiException(ErrorCode.BATCH_TOO_LARGE, "a push may carry at most "
                    + limits.maxBatchOperations() + " operations", "operations");
        }
        PushResult result = metrics.timePush(batch.size(), () -> push.push(principal, batch, deviceTime(ctx)));
        metrics.countPushResults(result);
        ctx.contentType("application/json; charset=utf-8").result(ModelJson.mapper().writeValueAsString(result));
    }

    /** The device's wall clock in epoch milliseconds, from the optional {@code X-Device-Time} header. */
    private static Long deviceTime(Context ctx) {
        String value = ctx.header("X-Device-Time");
        if (value == null || value.isEmpty()) {
            return null;
        }
        return AsciiNumbers.parseCanonical(value, 16).orElseThrow(() -> ApiException.validation("X-Device-Time",
                "X-Device-Time must be the device's clock in epoch milliseconds"));
    }

    private void pull(Context ctx) throws Exception {
        Principal principal = ApiAccess.principal(ctx);
        PullCursor after = PullCursor.parse(ApiQuery.value(ctx, "after").orElse(null));
        int limit = limit(ApiQuery.value(ctx, "limit").orElse(null));
        PullResult result = metrics.timePull(() -> pull.pull(principal, after, limit, deviceTime(ctx)));
        ctx.contentType("application/json; charset=utf-8").result(PullPageBytes.of(result));
    }

    /**
     * Streams the snapshot of the device's scope; errors found before the first byte are 4xx JSON as usual. The
     * snapshot compresses itself (from segments compressed once), so it bypasses the HTTP layer's compression.
     */
    private void bootstrap(Context ctx) throws Exception {
        Principal principal = ApiAccess.principal(ctx);
        Long deviceTime = deviceTime(ctx);
        ctx.contentType("application/x-ndjson; charset=utf-8");
        OutputStream[] opened = new OutputStream[1];
        try {
            pull.bootstrap(principal, deviceTime, acceptsGzip(ctx.header("Accept-Encoding")), gzip -> {
                if (gzip) {
                    ctx.header("Content-Encoding", "gzip");
                }
                opened[0] = new BufferedOutputStream(ctx.res().getOutputStream(), 64 * 1024);
                return opened[0];
            });
        } finally {
            if (opened[0] != null) {
                opened[0].close();
            }
        }
    }

    /** Whether an {@code Accept-Encoding} header names gzip without refusing it ({@code q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            if (!parts[0].trim().equalsIgnoreCase("gzip")) {
                continue;
            }
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].replace(" ", "");
                if (parameter.matches("(?i)q=0(\\.0{0,3})?")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private int limit(String text) {
        if (text == null || text.isEmpty()) {
            return limits.defaultPullLimit();
        }
        long n = AsciiNumbers.parseCanonical(text, 9).orElse(-1);
        if (n >= 1 && n <= limits.maxPullLimit()) {
            return (int) n;
        }
        throw ApiException.validation("limit", "limit must be a whole number from 1 to " + limits.maxPullLimit());
    }
}
