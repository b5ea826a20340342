package com.handover.systemtest.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handover.mobile.replica.Replica;
import com.handover.mobile.sync.SyncEngine;
import com.handover.model.json.ModelJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.HlcClock;
import com.handover.model.sync.Operation;
import com.handover.model.sync.TimeOrderedIds;
import com.handover.systemtest.server.TestSite;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A device reduced to its requests, to measure the server without the phones beside it: it signs in, pushes the
 * operations a phone would have recorded (encoded before the round's syncs start) and pulls every page after its
 * cursor, reading only the cursor, whether there is more, and how many operations came. What a phone does with
 * what it pulls (decoding, storing, folding) is left out, so that the machine's cores go to the server. It sends
 * what the app sends: the protocol version, the device's time, and a pull that accepts gzip.
 */
final class LightDevice {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final ObjectMapper MAPPER = ModelJson.mapper();
    private static final OperationCodec CODEC = new OperationCodec();

    private final OkHttpClient http;
    private final HttpUrl base;
    private final String deviceId;
    private final String username;
    private final HlcClock clock;
    /** The last operation minted for each field, for the next one's {@code prev}, as the app sets it. */
    private final Map<String, UUID> lastOnField = new HashMap<>();
    private String token;
    private String cursor = "";
    private String pushBody;
    private long pulled;

    LightDevice(OkHttpClient http, String baseUrl, String deviceId, String username) {
        this.http = http;
        this.base = HttpUrl.get(baseUrl);
        this.deviceId = deviceId;
        this.username = username;
        this.clock = new HlcClock(deviceId, System::currentTimeMillis);
    }

    String deviceId() {
        return deviceId;
    }

    void signIn() throws IOException {
        String body = MAPPER.writeValueAsString(Map.of("username", username, "password", TestSite.PASSWORD,
                "deviceId", deviceId, "deviceName", "light " + deviceId));
        JsonNode answer = call(request("api/v1/auth/login").post(RequestBody.create(body, JSON)).build());
        token = answer.path("token").asText();
    }

    /** Mints the round's work as operations of this device and encodes the push body, before the syncs start. */
    int record(List<Replica.Action> work) {
        StringBuilder body = new StringBuilder(512 * work.size()).append("{\"deviceId\":\"").append(deviceId)
                .append("\",\"operations\":[");
        for (int i = 0; i < work.size(); i++) {
            Replica.Action a = work.get(i);
            String field = a.type().field(a.payload());
            String fieldKey = a.entity() + "/" + field;
            var at = clock.now();
            Operation op = new Operation(TimeOrderedIds.next(at.wallMillis()), a.type(), a.entity(), at, username,
                    deviceId, field == null ? null : lastOnField.get(fieldKey), a.payload());
            if (field != null) {
                lastOnField.put(fieldKey, op.id());
            }
            body.append(i == 0 ? "" : ",").append(CODEC.toJson(op));
        }
        pushBody = body.append("]}").toString();
        return work.size();
    }

    /** Pushes what {@link #record} encoded (each operation must be stored), then pulls until nothing is left. */
    void sync() throws IOException {
        JsonNode pushed = call(request("api/v1/sync/push").post(RequestBody.create(pushBody, JSON)).build());
        for (JsonNode r : pushed.path("results")) {
            if (!"ACCEPTED".equals(r.path("status").asText()) && !"DUPLICATE".equals(r.path("status").asText())) {
                throw new IOException("an operation was not stored: " + r);
            }
        }
        boolean more = true;
        while (more) {
            HttpUrl url = base.newBuilder().addPathSegments("api/v1/sync/pull").addQueryParameter("after", cursor)
                    .addQueryParameter("limit", Integer.toString(SyncEngine.PULL_PAGE)).build();
            try (Response response = http.newCall(headers(new Request.Builder().url(url)).get().build()).execute()) {
                byte[] page = response.body().bytes();
                if (!response.isSuccessful()) {
                    throw new IOException("pull: " + response.code() + " " + new String(page));
                }
                more = readPage(page);
            }
        }
    }

    long pulled() {
        return pulled;
    }

    /** Takes the cursor and the count from a pull answer, skipping over the operations; true when there is more. */
    private boolean readPage(byte[] page) throws IOException {
        boolean hasMore = false;
        try (JsonParser p = MAPPER.getFactory().createParser(page)) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "operations" -> {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            pulled++;
                            p.skipChildren();
                        }
                    }
                    case "nextCursor" -> cursor = p.getText();
                    case "hasMore" -> hasMore = p.getBooleanValue();
                    default -> p.skipChildren();
                }
            }
        }
        return hasMore;
    }

    private Request.Builder request(String path) {
        return headers(new Request.Builder().url(base.newBuilder().addPathSegments(path).build()));
    }

    private Request.Builder headers(Request.Builder builder) {
        builder.header("X-Protocol-Version", "1").header("Accept", "application/json")
                .header("X-Device-Time", Long.toString(System.currentTimeMillis()));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private JsonNode call(Request request) throws IOException {
        try (Response response = http.newCall(request).execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw new IOException(request.url().encodedPath() + ": " + response.code() + " " + body);
            }
            return MAPPER.readTree(body);
        }
    }
}
