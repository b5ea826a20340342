package com.handover.mobile.sync.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.handover.mobile.store.OutboxEntry;
import com.handover.mobile.store.ReferenceData;
import com.handover.mobile.sync.ApiException;
import com.handover.mobile.sync.BlobStatus;
import com.handover.mobile.sync.LoginResult;
import com.handover.mobile.sync.PullPage;
import com.handover.mobile.sync.PushResult;
import com.handover.mobile.sync.Server;
import com.handover.mobile.sync.SyncApi;
import com.handover.model.Role;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.json.ModelJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.json.OperationFormatException;
import com.handover.model.json.TemplateJson;
import com.handover.model.site.Building;
import com.handover.model.site.Project;
import com.handover.model.site.ResponsibleContractor;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.model.sync.Hlc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongSupplier;
import com.handover.model.sla.SlaFigures;
import java.io.InputStream;
import java.util.Optional;
import com.handover.mobile.store.Snapshot;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** {@link SyncApi} over HTTP with OkHttp. Every request carries {@code X-Protocol-Version: 1} and the device clock. */
public final class OkHttpSyncApi implements SyncApi {

    public static final String PROTOCOL_VERSION = "1";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final MediaType OCTETS = MediaType.get("application/octet-stream");

    private final OkHttpClient client;
    /** Pulled operations are held by the replica as it folds them. */
    private final OperationCodec codec = OperationCodec.forReplica();
    /** Responses may grow new fields in later protocol revisions; reading them must not fail on those. */
    private final ObjectMapper mapper = ModelJson.mapper().copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final PullPageReader pages = new PullPageReader(mapper, codec);
    private final LongSupplier wallClock;

    public OkHttpSyncApi(OkHttpClient client) {
        this(client, System::currentTimeMillis);
    }

    /** @param wallClock the device's clock, sent as {@code X-Device-Time} so the office sees devices whose clock is off */
    public OkHttpSyncApi(OkHttpClient client, LongSupplier wallClock) {
        this.client = client;
        this.wallClock = wallClock;
    }

    @Override
    public LoginResult login(String baseUrl, String username, String password, String deviceId, String deviceName)
            throws IOException, ApiException {
        var body = new ProtocolBodies.LoginRequest(username, password, deviceId, deviceName);
        Request request = request(new Server(baseUrl, null), "api/v1/auth/login")
                .post(RequestBody.create(mapper.writeValueAsBytes(body), JSON)).build();
        var response = mapper.treeToValue(call(request), ProtocolBodies.LoginResponse.class);
        if (response.token() == null || response.user() == null) {
            throw ApiException.malformed("the login answer has no token or user");
        }
        return new LoginResult(response.token(), instant(response.expiresAt()), response.user().username(),
                response.user().displayName(), role(response.user().role()), hlc(response.serverHlc()));
    }

    @Override
    public void logout(Server server) throws IOException, ApiException {
        call(request(server, "api/v1/auth/logout").post(RequestBody.create(new byte[0], JSON)).build());
    }

    @Override
    public ReferenceData reference(Server server) throws IOException, ApiException {
        var body = mapper.treeToValue(call(request(server, "api/v1/reference").get().build()),
                ProtocolBodies.ReferenceBody.class);
        var projects = new ArrayList<Project>();
        var buildings = new ArrayList<Building>();
        var unitTypes = new ArrayList<UnitType>();
        var units = new ArrayList<Unit>();
        var responsible = new ArrayList<ResponsibleContractor.Assignment>();
        for (var p : nonNull(body.projects())) {
            projects.add(p.project());
            buildings.addAll(nonNull(p.buildings()));
            unitTypes.addAll(nonNull(p.unitTypes()));
            units.addAll(nonNull(p.units()));
            responsible.addAll(nonNull(p.responsibleContractors()));
        }
        var templates = nonNull(body.templates()).stream()
                .map(t -> new ReferenceData.TemplateRef(t.code(), t.version())).toList();
        return new ReferenceData(projects, buildings, unitTypes, units, nonNull(body.contractors()), templates,
                slaFigures(body.sla()), responsible, nonNull(body.repairers()));
    }

    /** The server's deadline figures, checked here so a bad figure is a protocol error, not a crash later. */
    private static SlaFigures slaFigures(SlaFigures sla) throws ApiException {
        if (sla == null) {
            return null;
        }
        try {
            sla.policy();
            return sla;
        } catch (IllegalArgumentException e) {
            throw ApiException.malformed("the reference data has unusable deadline figures: "
                    + e.getMessage());
        }
    }

    @Override
    public ChecklistTemplate template(Server server, String code, int version) throws IOException, ApiException {
        HttpUrl url = url(server, "api/v1/templates").newBuilder()
                .addPathSegment(code).addPathSegment(Integer.toString(version)).build();
        try (Response response = client.newCall(authorized(server, new Request.Builder().url(url)).get().build())
                .execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful()) {
                throw error(response, body.string());
            }
            byte[] bytes;
            try (var in = body.byteStream()) {
                bytes = in.readNBytes((int) MAX_TEMPLATE_BYTES + 1);
            }
            if (bytes.length > MAX_TEMPLATE_BYTES) {
                throw ApiException.unusable(response.code(), "UNREADABLE_TEMPLATE", "the template " + code + " v" + version
                        + " is larger than " + MAX_TEMPLATE_BYTES + " bytes");
            }
            ChecklistTemplate template;
            try {
                template = TemplateJson.readTemplate(new String(bytes, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw ApiException.unusable(response.code(), "UNREADABLE_TEMPLATE", "the template " + code + " v" + version
                        + " is not readable: " + e.getMessage());
            }
            if (!template.code().equals(code) || template.version() != version) {
                throw ApiException.unusable(response.code(), "UNREADABLE_TEMPLATE", "asked for the template " + code + " v"
                        + version + ", the server sent " + template.code() + " v" + template.version());
            }
            return template;
        }
    }

    @Override
    public PushResult push(Server server, String deviceId, List<OutboxEntry> operations)
            throws IOException, ApiException {
        JsonNode answer = call(request(server, "api/v1/sync/push")
                .post(RequestBody.create(PushBody.write(deviceId, operations), JSON)).build());
        List<PushResult.OpResult> results = new ArrayList<>();
        for (JsonNode r : answer.path("results")) {
            results.add(new PushResult.OpResult(UUID.fromString(r.path("id").asText()),
                    PushResult.Status.valueOf(r.path("status").asText()),
                    r.hasNonNull("position") ? r.get("position").asLong() : null,
                    r.hasNonNull("code") ? r.get("code").asText() : null,
                    r.hasNonNull("message") ? r.get("message").asText() : null));
        }
        if (results.size() != operations.size()) {
            throw ApiException.malformed("the push answer has " + results.size()
                    + " results for " + operations.size() + " operations");
        }
        return new PushResult(results, hlc(answer.path("serverHlc").asText(null)));
    }

    @Override
    public PullPage pull(Server server, String cursor, int limit) throws IOException, ApiException {
        HttpUrl url = url(server, "api/v1/sync/pull").newBuilder()
                .addQueryParameter("after", cursor == null ? "" : cursor)
                .addQueryParameter("limit", Integer.toString(limit)).build();
        Request request = authorized(server, new Request.Builder().url(url)).get().build();
        try (Response response = client.newCall(request).execute()) {
            byte[] body = response.body().bytes();
            if (!response.isSuccessful()) {
                throw error(response, new String(body, StandardCharsets.UTF_8));
            }
            try {
                return pages.read(body, cursor);
            } catch (OperationFormatException e) {
                throw ApiException.unusable(200, "UNREADABLE_OPERATION", e.getMessage());
            } catch (IOException e) {
                throw ApiException.unusable(response.code(), "MALFORMED_RESPONSE", "the pull answer is not readable: "
                        + e.getMessage());
            }
        }
    }

    /**
     * Opens the snapshot, to be read as it arrives (the body stays compressed on the wire when the server
     * compressed it); an older server without the endpoint answers 404, which means: pull from the start instead.
     */
    @Override
    public Optional<Snapshot> bootstrap(Server server) throws IOException, ApiException {
        Request request = authorized(server, new Request.Builder().url(url(server, "api/v1/sync/bootstrap")))
                .header("Accept-Encoding", "gzip").get().build();
        Response response = client.newCall(request).execute();
        try {
            if (response.code() == 404) {
                response.close();
                return Optional.empty();
            }
            if (!response.isSuccessful()) {
                throw error(response, response.body().string());
            }
            boolean gzip = "gzip".equalsIgnoreCase(response.header("Content-Encoding"));
            return Optional.of(new SnapshotStream(response.body().byteStream(), gzip, mapper, pages, response));
        } catch (IOException | ApiException | RuntimeException e) {
            response.close();
            throw e;
        }
    }

    @Override
    public BlobStatus blobStatus(Server server, String sha) throws IOException, ApiException {
        var body = mapper.treeToValue(call(request(server, "api/v1/blobs/" + sha + "/upload").get().build()),
                ProtocolBodies.BlobStatusBody.class);
        return new BlobStatus(body.received(), body.complete());
    }

    @Override
    public BlobStatus putBlob(Server server, String sha, long offset, long total, byte[] chunk)
            throws IOException, ApiException {
        if (chunk.length > MAX_BLOB_CHUNK) {
            throw new IllegalArgumentException("a blob chunk holds at most " + MAX_BLOB_CHUNK + " bytes");
        }
        HttpUrl url = url(server, "api/v1/blobs/" + sha).newBuilder()
                .addQueryParameter("offset", Long.toString(offset)).build();
        Request request = authorized(server, new Request.Builder().url(url))
                .header("X-Blob-Length", Long.toString(total))
                .put(RequestBody.create(chunk, OCTETS)).build();
        var body = mapper.treeToValue(call(request), ProtocolBodies.BlobStatusBody.class);
        return new BlobStatus(body.received(), body.complete());
    }

    @Override
    public byte[] downloadBlob(Server server, String sha) throws IOException, ApiException {
        try (Response response = client.newCall(request(server, "api/v1/blobs/" + sha).get().build()).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful()) {
                throw error(response, body.string());
            }
            if (body.contentLength() > MAX_BLOB_BYTES) {
                throw ApiException.unusable(response.code(), "PAYLOAD_TOO_LARGE", "the photo is larger than a photo may be");
            }
            try (var in = body.byteStream()) {
                byte[] bytes = in.readNBytes((int) MAX_BLOB_BYTES + 1);
                if (bytes.length > MAX_BLOB_BYTES) {
                    throw ApiException.unusable(response.code(), "PAYLOAD_TOO_LARGE",
                            "the photo is larger than a photo may be");
                }
                return bytes;
            }
        }
    }

    private JsonNode call(Request request) throws IOException, ApiException {
        try (Response response = client.newCall(request).execute()) {
            String text = response.body().string();
            if (!response.isSuccessful()) {
                throw error(response, text);
            }
            if (text.isEmpty()) {
                return mapper.createObjectNode();
            }
            try {
                return mapper.readTree(text);
            } catch (IOException e) {
                throw ApiException.unusable(response.code(), "MALFORMED_RESPONSE", "the server's answer is not JSON");
            }
        }
    }

    private ApiException error(Response response, String text) {
        String code = "HTTP_" + response.code();
        String message = null;
        String field = null;
        Long received = null;
        try {
            JsonNode node = mapper.readTree(text);
            JsonNode error = node.path("error");
            if (error.hasNonNull("code")) {
                code = error.get("code").asText();
                message = error.path("message").asText(null);
                field = error.path("field").asText(null);
            }
            if (node.hasNonNull("received")) {
                received = node.get("received").asLong();
            } else if (error.hasNonNull("received")) {
                received = error.get("received").asLong();
            }
        } catch (IOException | RuntimeException e) {
            // Not a JSON error body (a proxy's page, say): the HTTP status is all there is.
        }
        Long retryAfter = null;
        String header = response.header("Retry-After");
        if (header != null) {
            try {
                retryAfter = Long.parseLong(header.trim());
            } catch (NumberFormatException e) {
                retryAfter = null;
            }
        }
        return new ApiException(response.code(), code, message, field, retryAfter, received);
    }

    private Request.Builder request(Server server, String path) {
        return authorized(server, new Request.Builder().url(url(server, path)));
    }

    private Request.Builder authorized(Server server, Request.Builder builder) {
        builder.header("X-Protocol-Version", PROTOCOL_VERSION).header("Accept", "application/json")
                .header("X-Device-Time", Long.toString(wallClock.getAsLong()));
        if (server.token() != null) {
            builder.header("Authorization", "Bearer " + server.token());
        }
        return builder;
    }

    private static HttpUrl url(Server server, String path) {
        String base = server.baseUrl().endsWith("/") ? server.baseUrl() : server.baseUrl() + "/";
        HttpUrl url = HttpUrl.parse(base + path);
        if (url == null) {
            throw new IllegalArgumentException("not an http(s) server address: " + server.baseUrl());
        }
        return url;
    }

    private static Hlc hlc(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return Hlc.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Role role(String text) {
        return Role.valueOf(text.toUpperCase(Locale.ROOT));
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
