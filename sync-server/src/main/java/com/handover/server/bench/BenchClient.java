package com.handover.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.handover.model.json.ModelJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A signed-in device's push and pull over HTTP, as the benchmarks call them. */
final class BenchClient {

    /** Where a pull ended: the cursor to continue from and whether the server has more. */
    record Pulled(String cursor, boolean hasMore, int operations) {
    }

    private final HttpClient http;
    private final String base;
    private final String token;
    private final String device;
    private final OperationCodec codec = new OperationCodec();

    BenchClient(HttpClient http, String base, String token, String device) {
        this.http = http;
        this.base = base;
        this.token = token;
        this.device = device;
    }

    String device() {
        return device;
    }

    /** Pushes the operations in one request; every one must be accepted. */
    void push(List<Operation> ops) throws Exception {
        pushBody(body(ops));
    }

    /** The request body of a push of these operations from this device. */
    String body(List<Operation> ops) {
        ObjectNode body = ModelJson.mapper().createObjectNode();
        body.put("deviceId", device);
        ArrayNode arr = body.putArray("operations");
        ops.forEach(op -> arr.add(codec.toTree(op)));
        return body.toString();
    }

    /** Sends a push body built before; every operation in it must be accepted. */
    void pushBody(String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/sync/push"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("push failed: " + response.statusCode() + " " + response.body());
        }
        for (JsonNode r : ModelJson.mapper().readTree(response.body()).get("results")) {
            if (!"ACCEPTED".equals(r.get("status").asText())) {
                throw new IllegalStateException("operation not accepted: " + r);
            }
        }
    }

    /** One pull page after {@code cursor}. */
    Pulled pull(String cursor) throws Exception {
        String url = base + "/api/v1/sync/pull?limit=1000&after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("pull failed: " + response.statusCode() + " " + response.body());
        }
        JsonNode page = ModelJson.mapper().readTree(response.body());
        return new Pulled(page.get("nextCursor").asText(), page.get("hasMore").asBoolean(),
                page.get("operations").size());
    }

    /** Pulls until the server has nothing more; returns the last cursor. */
    String pullAll(String cursor) throws Exception {
        Pulled p;
        do {
            p = pull(cursor);
            cursor = p.cursor();
        } while (p.hasMore());
        return cursor;
    }
}
