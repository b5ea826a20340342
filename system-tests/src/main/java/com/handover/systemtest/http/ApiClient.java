package com.handover.systemtest.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.handover.model.json.ModelJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plain HTTP client for the protocol, independent of the app's: the tests check the server through it, and send
 * it what no well-behaved client would.
 */
public final class ApiClient {

    public record Response(int status, Map<String, List<String>> headers, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            try {
                return ModelJson.mapper().readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + abbreviate(text()), e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        private static String abbreviate(String s) {
            return s.length() <= 300 ? s : s.substring(0, 300) + "…";
        }
    }

    private final String baseUrl;
    private final HttpClient http;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * Sends one request. {@code headers} go as given (a null value leaves the header out); the protocol version
     * header is not added here.
     */
    public Response send(String method, String path, Map<String, String> headers, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(120));
        headers.forEach((k, v) -> {
            if (v != null) {
                b.header(k, v);
            }
        });
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request as a well-behaved client sends it: protocol version, bearer token, JSON body. */
    public Response call(String method, String path, String token, Object jsonBody) {
        Map<String, String> h = new HashMap<>();
        h.put("X-Protocol-Version", "1");
        if (token != null) {
            h.put("Authorization", "Bearer " + token);
        }
        byte[] body = null;
        if (jsonBody != null) {
            h.put("Content-Type", "application/json; charset=utf-8");
            try {
                body = jsonBody instanceof byte[] bytes ? bytes
                        : jsonBody instanceof String s ? s.getBytes(StandardCharsets.UTF_8)
                        : ModelJson.mapper().writeValueAsBytes(jsonBody);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return send(method, path, h, body);
    }

    public Response login(String user, String password, String deviceId) {
        ObjectNode body = ModelJson.mapper().createObjectNode();
        body.put("username", user);
        body.put("password", password);
        body.put("deviceId", deviceId);
        body.put("deviceName", "system test " + deviceId);
        return call("POST", "/api/v1/auth/login", null, body);
    }

    /** Signs in and returns the token; fails when the server refuses. */
    public String token(String user, String password, String deviceId) {
        Response r = login(user, password, deviceId);
        if (r.status() != 200) {
            throw new IllegalStateException("login of " + user + " failed: " + r.status() + " " + r.text());
        }
        return r.json().get("token").asText();
    }
}
