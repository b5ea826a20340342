package com.handover.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.handover.model.json.ModelJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/** Calls the server's API over real HTTP, for tests. */
public final class ApiClient {

    public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final OperationCodec CODEC = new OperationCodec();

    private final String baseUrl;
    private final OkHttpClient http = new OkHttpClient.Builder()
            .callTimeout(Duration.ofSeconds(60)).readTimeout(Duration.ofSeconds(60)).build();

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response, read whole. {@code json} is null when the body is not JSON. */
    public record Response(int code, byte[] bytes, Headers headers) {
        public JsonNode json() {
            try {
                return bytes.length == 0 ? null : ModelJson.mapper().readTree(bytes);
            } catch (IOException e) {
                return null;
            }
        }

        public String errorCode() {
            JsonNode j = json();
            return j == null || j.get("error") == null ? null : j.get("error").get("code").asText();
        }

        public String body() {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A signed-in device. */
    public final class Session {
        public final String username;
        public final String deviceId;
        public final String token;

        Session(String username, String deviceId, String token) {
            this.username = username;
            this.deviceId = deviceId;
            this.token = token;
        }

        public Response push(Collection<Operation> ops) {
            ObjectNode body = ModelJson.mapper().createObjectNode();
            body.put("deviceId", deviceId);
            ArrayNode arr = body.putArray("operations");
            ops.forEach(op -> arr.add(CODEC.toTree(op)));
            return pushRaw(body.toString());
        }

        public Response pushRaw(String json) {
            return send("POST", "/api/v1/sync/push", token, RequestBody.create(json, JSON), Map.of());
        }

        public Response pull(String after, Integer limit) {
            StringBuilder q = new StringBuilder("/api/v1/sync/pull?");
            if (after != null) {
                q.append("after=").append(after).append('&');
            }
            if (limit != null) {
                q.append("limit=").append(limit);
            }
            return get(q.toString());
        }

        public Response get(String path) {
            return send("GET", path, token, null, Map.of());
        }

        public Response get(String path, Map<String, String> headers) {
            return send("GET", path, token, null, headers);
        }

        public Response put(String path, byte[] body, Map<String, String> headers) {
            return send("PUT", path, token, RequestBody.create(body, MediaType.get("application/octet-stream")), headers);
        }

        public Response post(String path, String json) {
            return send("POST", path, token, RequestBody.create(json, JSON), Map.of());
        }
    }

    public Session login(String username, String deviceId) {
        Response r = login(username, TestServer.PASSWORD, deviceId);
        if (r.code() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + r.code() + " " + r.body());
        }
        return new Session(username, deviceId, r.json().get("token").asText());
    }

    /** Signs in with the given password; fails the test when refused. */
    public Session session(String username, String password, String deviceId) {
        Response r = login(username, password, deviceId);
        if (r.code() != 200) {
            throw new IllegalStateException("login of " + username + " failed: " + r.code() + " " + r.body());
        }
        return new Session(username, deviceId, r.json().get("token").asText());
    }

    public Response login(String username, String password, String deviceId) {
        ObjectNode body = ModelJson.mapper().createObjectNode();
        body.put("username", username);
        body.put("password", password);
        body.put("deviceId", deviceId);
        body.put("deviceName", "Test phone " + deviceId);
        return send("POST", "/api/v1/auth/login", null, RequestBody.create(body.toString(), JSON), Map.of());
    }

    public Response send(String method, String path, String token, RequestBody body, Map<String, String> headers) {
        Request.Builder rb = new Request.Builder().url(baseUrl + path).method(method, body);
        if (token != null) {
            rb.header("Authorization", "Bearer " + token);
        }
        headers.forEach(rb::header);
        try (okhttp3.Response r = http.newCall(rb.build()).execute()) {
            return new Response(r.code(), r.body().bytes(), r.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
