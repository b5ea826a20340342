package com.handover.server.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.handover.model.json.ModelJson;
import com.handover.server.auth.AuthService;
import com.handover.server.config.Limits;
import com.handover.server.sync.ServerClock;
import com.handover.server.web.JsonBodies;
import com.handover.server.web.RouteGroup;
import com.handover.server.web.errors.ApiException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Set;
import java.util.regex.Pattern;

/** POST /api/v1/auth/login and /api/v1/auth/logout. */
public final class AuthRoutes implements RouteGroup {

    public static final Pattern DEVICE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Set<String> LOGIN_FIELDS = Set.of("username", "password", "deviceId", "deviceName");

    private final AuthService auth;
    private final ServerClock serverClock;

    public AuthRoutes(AuthService auth, ServerClock serverClock) {
        this.auth = auth;
        this.serverClock = serverClock;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(ApiAccess.PREFIX + "/auth/login", this::login);
        routes.post(ApiAccess.PREFIX + "/auth/logout", this::logout);
    }

    private void login(Context ctx) {
        JsonNode body = JsonBodies.readObject(ctx, Limits.MAX_SMALL_BODY_BYTES);
        JsonBodies.onlyFields(body, LOGIN_FIELDS);
        String username = JsonBodies.requiredText(body, "username", Limits.MAX_CREDENTIAL_LENGTH);
        String password = JsonBodies.requiredText(body, "password", Limits.MAX_CREDENTIAL_LENGTH);
        String deviceId = JsonBodies.requiredText(body, "deviceId", 64);
        if (!DEVICE_ID.matcher(deviceId).matches()) {
            throw ApiException.validation("deviceId", "deviceId must be 1-64 letters, digits, '-' or '_'");
        }
        String deviceName = JsonBodies.optionalText(body, "deviceName", Limits.MAX_CREDENTIAL_LENGTH);
        AuthService.LoginResult result = auth.login(username, password, deviceId, deviceName);
        ObjectNode out = ModelJson.mapper().createObjectNode();
        out.put("token", result.token());
        out.put("expiresAt", result.expiresAt().toString());
        ObjectNode user = out.putObject("user");
        user.put("username", result.user().username());
        user.put("displayName", result.user().displayName());
        user.put("role", result.user().role().name());
        out.put("serverHlc", serverClock.now().toString());
        ctx.contentType("application/json; charset=utf-8").result(out.toString());
    }

    private void logout(Context ctx) {
        auth.logout(ApiAccess.principal(ctx));
        ctx.status(204);
        ctx.res().setContentType(null); // no body, so no type of one
    }
}
