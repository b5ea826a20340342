package com.handover.server.web.api;

import com.handover.server.web.errors.ApiException;
import com.handover.server.web.errors.ErrorCode;
import io.javalin.config.JavalinState;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.ParsedEndpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which /api/v1 endpoint a request is for, from the routes actually registered: a path no route takes is 404; a
 * path some route takes with another method is 405 with {@code Allow} listing the methods it does take.
 */
public final class ApiRouting {

    /** The methods an API route may be registered with, and which are tried for the 405 answer. */
    public static final List<HandlerType> METHODS = List.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT,
            HandlerType.DELETE, HandlerType.PATCH);

    private final JavalinState javalin;

    public ApiRouting(JavalinState javalin) {
        this.javalin = javalin;
    }

    /** The path template of the endpoint that takes this request (e.g. /api/v1/blobs/{sha}), or an error. */
    public String endpointFor(Context ctx) {
        String path = ctx.path();
        Optional<String> match = METHODS.contains(ctx.method()) ? template(ctx.method(), path) : Optional.empty();
        if (match.isPresent()) {
            return match.get();
        }
        List<String> allowed = allowedMethods(path);
        if (allowed.isEmpty()) {
            throw ApiException.notFound("no such endpoint: " + ctx.method().name() + " " + abbreviate(path));
        }
        String allow = String.join(", ", allowed);
        throw new ApiException(ErrorCode.METHOD_NOT_ALLOWED, 405, ctx.method().name() + " is not allowed here; "
                + "this path takes " + allow, null, Map.of(), Map.of("Allow", allow));
    }

    /** The methods registered for a path, in {@link #METHODS} order. */
    public List<String> allowedMethods(String path) {
        List<String> allowed = new ArrayList<>();
        for (HandlerType method : METHODS) {
            if (template(method, path).isPresent()) {
                allowed.add(method.name());
            }
        }
        return allowed;
    }

    /** Every registered API route as "METHOD /path/{param}", sorted. */
    public List<String> routes() {
        return javalin.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint)
                .filter(e -> e.path.startsWith(ApiAccess.PREFIX + "/") && METHODS.contains(e.method))
                .map(e -> e.method.name() + " " + e.path)
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    private Optional<String> template(HandlerType method, String path) {
        List<ParsedEndpoint> entries = javalin.internalRouter.findHttpHandlerEntries(method, path);
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0).endpoint.path);
    }

    private static String abbreviate(String s) {
        return s.length() <= 100 ? s : s.substring(0, 100) + "…";
    }
}
