package com.handover.server.web.errors;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.handover.model.json.ModelJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place that turns failures into HTTP responses with the protocol's JSON error body. */
public final class ErrorMapper {

    public static final String JSON_UTF8 = "application/json; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    private ErrorMapper() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> write(ctx, e));
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromJavalin(e)));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            write(ctx, new ApiException(ErrorCode.INTERNAL, "the server failed to handle the request"));
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                write(ctx, ApiException.notFound("no such endpoint: " + ctx.method() + " " + ctx.path()));
            }
        });
    }

    private static ApiException fromJavalin(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "the request body is too large");
            case 404 -> ApiException.notFound("not found");
            case 405 -> new ApiException(ErrorCode.METHOD_NOT_ALLOWED, "this path does not take this method");
            case 401 -> new ApiException(ErrorCode.UNAUTHENTICATED, "sign in first");
            case 403 -> ApiException.forbidden("not allowed");
            case 415 -> new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "unsupported media type");
            default -> e.getStatus() >= 500
                    ? new ApiException(ErrorCode.INTERNAL, "the server failed to handle the request")
                    : new ApiException(ErrorCode.VALIDATION, e.getStatus(), "the request was refused", null,
                    Map.of(), Map.of());
        };
    }

    public static void write(Context ctx, ApiException e) {
        e.headers().forEach(ctx::header);
        ctx.status(e.status()).contentType(JSON_UTF8).result(body(e));
    }

    /** The protocol's error body for {@code e}. */
    public static String body(ApiException e) {
        ObjectNode body = ModelJson.mapper().createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", e.code().name());
        error.put("message", e.getMessage());
        if (e.field() != null) {
            error.put("field", e.field());
        }
        e.extra().forEach((k, v) -> body.set(k, ModelJson.mapper().valueToTree(v)));
        return body.toString();
    }
}
