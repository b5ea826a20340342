package com.handover.server.web.api;

import com.handover.server.auth.AuthService;
import com.handover.model.Role;
import com.handover.server.auth.Principal;
import com.handover.server.sync.StateFolder;
import com.handover.server.web.errors.ApiException;
import com.handover.server.web.errors.ErrorCode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * Checks, in this order, on every /api/v1 request: the protocol version, that a route takes the path and method
 * (404, 405), the query parameters ({@link ApiQuery}), and the bearer token (on all but login). A maintenance
 * worker's request then waits for the state tables to hold the whole log, since their scope is read there.
 */
public final class ApiAccess {

    public static final String PREFIX = "/api/v1";
    public static final String PROTOCOL_HEADER = "X-Protocol-Version";
    public static final String PROTOCOL_VERSION = "1";
    private static final String PRINCIPAL = "handover.principal";

    private ApiAccess() {
    }

    /**
     * Longest a maintenance worker's request waits for the state tables: their scope is the work orders assigned
     * to them, read from those tables, which the server folds just after each push.
     */
    static final long SCOPE_WAIT_MILLIS = 5_000;

    public static void register(RoutesConfig routes, AuthService auth, StateFolder folder, ApiRouting routing) {
        // The prefix alone matches no route; its 404 still says which protocol this server speaks.
        routes.before(PREFIX, ApiAccess::answerHeaders);
        routes.before(PREFIX + "/*", ctx -> {
            answerHeaders(ctx);
            String version = ctx.header(PROTOCOL_HEADER);
            if (version != null && !version.trim().equals(PROTOCOL_VERSION)) {
                throw new ApiException(ErrorCode.UNSUPPORTED_PROTOCOL_VERSION,
                        "this server speaks protocol version " + PROTOCOL_VERSION, PROTOCOL_HEADER);
            }
            String endpoint = routing.endpointFor(ctx);
            ApiQuery.check(ctx, ctx.method().name() + " " + endpoint);
            if (endpoint.equals(PREFIX + "/auth/login")) {
                return;
            }
            String header = ctx.header("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new ApiException(ErrorCode.UNAUTHENTICATED, "sign in and send Authorization: Bearer <token>");
            }
            Principal principal = auth.authenticate(header.substring(7).trim());
            if (principal.role() == Role.MAINTENANCE) {
                folder.awaitCaughtUp(SCOPE_WAIT_MILLIS);
            }
            ctx.attribute(PRINCIPAL, principal);
        });
    }

    /**
     * Headers every answer of the API carries, refusals included: the protocol version the server speaks, and
     * that the answer's encoding depends on {@code Accept-Encoding} (answers of 1,500 bytes or more are gzip when
     * asked), so that no cache hands a gzip answer to a client that did not ask for one.
     */
    private static void answerHeaders(Context ctx) {
        ctx.header(PROTOCOL_HEADER, PROTOCOL_VERSION);
        ctx.header("Vary", "Accept-Encoding");
    }

    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) {
            throw new ApiException(ErrorCode.UNAUTHENTICATED, "sign in first");
        }
        return p;
    }
}
