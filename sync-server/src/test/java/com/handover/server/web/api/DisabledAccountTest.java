package com.handover.server.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.handover.server.office.browser.ConsoleServer;
import com.handover.server.office.repair.ConsoleHttp;
import com.handover.server.testing.ApiClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An account an administrator disables in the console: its tokens answer 401 UNAUTHENTICATED (§3). */
class DisabledAccountTest {

    @Test
    void aDisabledAccountsTokenIsUnauthenticatedNotRevoked() {
        try (ConsoleServer console = ConsoleServer.start()) {
            ApiClient api = new ApiClient(console.baseUrl());
            String token = api.login("inspector", ConsoleServer.PASSWORD, "pad-disabled").json().get("token").textValue();
            assertEquals(200, api.send("GET", "/api/v1/reference", token, null, Map.of()).code());

            ConsoleHttp admin = ConsoleHttp.signIn(console.baseUrl(), "admin", ConsoleServer.PASSWORD);
            assertEquals(303, admin.post("/office/admin/users/inspector/disabled", Map.of("disabled", "true"), true)
                    .statusCode());

            ApiClient.Response after = api.send("GET", "/api/v1/reference", token, null, Map.of());
            assertEquals(401, after.code());
            assertEquals("UNAUTHENTICATED", after.errorCode(), after.body());
            ApiClient.Response login = api.login("inspector", ConsoleServer.PASSWORD, "pad-disabled");
            assertEquals("UNAUTHENTICATED", login.errorCode(), login.body());
        }
    }
}
