package com.handover.mobile.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.handover.mobile.photo.Sha256;
import com.handover.mobile.store.ReferenceData;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.json.BundledChecklists;
import com.handover.model.json.ModelJson;
import com.handover.model.json.TemplateJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.site.Building;
import com.handover.model.sync.Operation;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * A MockWebServer dispatcher that answers as sync protocol v1 says (login, reference, push, pull, resumable
 * blobs), with switches to inject the failures the client must survive.
 */
public final class ProtocolDispatcher extends Dispatcher {

    /** The people behind the test accounts, as the server names them. */
    public static final Map<String, String> NAMES = Map.of("inspector1", "张建国", "inspector2", "李明",
            "maint1", "王志强");

    public static final String SERVER_HLC = "0001900000000000.000005.server";

    private final ObjectMapper mapper = ModelJson.mapper();
    private final OperationCodec codec = new OperationCodec();
    private final Map<String, String> passwords = new HashMap<>();
    private final Set<String> tokens = new HashSet<>();
    private final Map<String, Long> positions = new LinkedHashMap<>();
    private final List<Operation> log = new ArrayList<>();
    private final Map<String, ByteArrayOutputStream> blobs = new HashMap<>();
    private final Set<String> completeBlobs = new HashSet<>();
    private final AtomicInteger tokenCounter = new AtomicInteger();
    private ReferenceData reference = Fixtures.reference();

    /** The next push is stored, then the connection drops before the answer. */
    public volatile boolean dropNextPushAfterStoring;
    /** This many next requests (of any kind but login) answer 503. */
    public final AtomicInteger serviceUnavailable = new AtomicInteger();
    /** Every known token is treated as expired once: the next authorised request answers 401 TOKEN_EXPIRED. */
    public volatile boolean expireTokens;
    /** Photos whose upload the server refuses as not JPEG/PNG. */
    public final Set<String> unsupportedBlobs = new HashSet<>();
    /** Blob PUTs received: "sha@offset+length". */
    public final List<String> blobPuts = new ArrayList<>();
    /** Photos served with other bytes than their hash names (a broken proxy or store). */
    public final Set<String> servedWrongBytes = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Blob downloads served: their hashes. */
    public final List<String> blobGets = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Holds a complete photo as if another device had uploaded it. */
    public synchronized void storeForeignBlob(byte[] bytes) {
        String sha = Sha256.hex(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes);
        blobs.put(sha, out);
        completeBlobs.add(sha);
    }

    /** Template bodies served at {@code GET /api/v1/templates/{code}/{version}} besides the bundled versions. */
    private final Map<String, String> templateBodies = new HashMap<>();
    /** Template requests served: "code/version". */
    public final List<String> templateGets = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** While true every template request answers 503 (the rest of the protocol works). */
    public volatile boolean templatesUnavailable;

    /** The office published {@code template}: it is listed in the reference data and served. */
    public synchronized ProtocolDispatcher publish(ChecklistTemplate template) {
        serveTemplate(template.code(), template.version(), TemplateJson.write(template));
        var listed = new ArrayList<>(reference.templates());
        listed.add(new ReferenceData.TemplateRef(template.code(), template.version()));
        reference = new ReferenceData(reference.projects(), reference.buildings(), reference.unitTypes(),
                reference.units(), reference.contractors(), listed, reference.sla(), reference.responsibleContractors(),
                reference.repairers());
        return this;
    }

    /** Serves {@code body} as the template {@code code} v{@code version} without listing it. */
    public synchronized void serveTemplate(String code, int version, String body) {
        templateBodies.put(code + "/" + version, body);
    }

    /** Operations of these wire types are refused on push with the given reject code. */
    public final Map<String, String> refuseTypes = new java.util.concurrent.ConcurrentHashMap<>();
    public final AtomicInteger pushCount = new AtomicInteger();
    public final AtomicInteger loginCount = new AtomicInteger();

    public ProtocolDispatcher user(String username, String password) {
        passwords.put(username, password);
        return this;
    }

    public ProtocolDispatcher reference(ReferenceData data) {
        this.reference = data;
        return this;
    }

    /** Pretends {@code bytes} bytes of the blob had arrived in an earlier, interrupted upload. */
    public synchronized void partialBlob(String sha, byte[] firstBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(firstBytes);
        blobs.put(sha, out);
    }

    /** Stores an operation as if another device had pushed it. */
    public synchronized void storeForeign(Operation op) {
        if (!positions.containsKey(op.id().toString())) {
            log.add(op);
            positions.put(op.id().toString(), (long) log.size());
        }
    }

    public synchronized List<Operation> stored() {
        return List.copyOf(log);
    }

    public synchronized boolean blobComplete(String sha) {
        return completeBlobs.contains(sha);
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        try {
            String path = request.getRequestUrl().encodedPath();
            if (path.equals("/api/v1/auth/login")) {
                return login(request);
            }
            if (serviceUnavailable.get() > 0) {
                serviceUnavailable.decrementAndGet();
                return error(503, "INTERNAL", "try later");
            }
            String auth = request.getHeader("Authorization");
            String token = auth == null ? null : auth.replace("Bearer ", "");
            if (token == null || !tokens.contains(token)) {
                return error(401, "UNAUTHENTICATED", "no valid token");
            }
            if (expireTokens) {
                tokens.clear();
                expireTokens = false;
                return error(401, "TOKEN_EXPIRED", "token expired");
            }
            if (path.equals("/api/v1/reference")) {
                return json(200, referenceBody());
            }
            if (path.equals("/api/v1/sync/push")) {
                return push(request);
            }
            if (path.equals("/api/v1/sync/pull")) {
                return pull(request);
            }
            if (path.startsWith("/api/v1/templates/")) {
                return template(path.substring("/api/v1/templates/".length()));
            }
            if (path.startsWith("/api/v1/blobs/")) {
                return blob(request, path.substring("/api/v1/blobs/".length()));
            }
            return error(404, "NOT_FOUND", path);
        } catch (Exception e) {
            return error(500, "INTERNAL", e.toString());
        }
    }

    private MockResponse login(RecordedRequest request) throws Exception {
        loginCount.incrementAndGet();
        JsonNode body = mapper.readTree(request.getBody().readUtf8());
        String user = body.path("username").asText();
        if (!body.path("password").asText().equals(passwords.get(user))) {
            return error(401, "UNAUTHENTICATED", "bad credentials");
        }
        String token = "token-" + tokenCounter.incrementAndGet();
        tokens.add(token);
        ObjectNode answer = mapper.createObjectNode();
        answer.put("token", token);
        answer.put("expiresAt", "2030-01-01T00:00:00Z");
        ObjectNode u = answer.putObject("user");
        u.put("username", user);
        u.put("displayName", NAMES.getOrDefault(user, "赵敏"));
        u.put("role", user.startsWith("m") ? "maintenance" : "inspector");
        answer.put("serverHlc", SERVER_HLC);
        return json(200, answer);
    }

    private ObjectNode referenceBody() {
        ObjectNode body = mapper.createObjectNode();
        ArrayNode projects = body.putArray("projects");
        for (var p : reference.projects()) {
            ObjectNode entry = projects.addObject();
            entry.set("project", mapper.valueToTree(p));
            entry.set("buildings", mapper.valueToTree(reference.buildings().stream().filter(b -> b.projectId().equals(p.id())).toList()));
            entry.set("unitTypes", mapper.valueToTree(reference.unitTypes().stream().filter(b -> b.projectId().equals(p.id())).toList()));
            entry.set("units", mapper.valueToTree(reference.units().stream().filter(b -> b.projectId().equals(p.id())).toList()));
            Set<UUID> buildings = reference.buildings().stream().filter(b -> b.projectId().equals(p.id()))
                    .map(Building::id).collect(Collectors.toSet());
            entry.set("responsibleContractors", mapper.valueToTree(reference.responsibleContractors().stream()
                    .filter(a -> buildings.contains(a.buildingId())).toList()));
        }
        body.set("contractors", mapper.valueToTree(reference.contractors()));
        body.set("templates", mapper.valueToTree(reference.templates()));
        body.set("repairers", mapper.valueToTree(reference.repairers()));
        return body;
    }

    private MockResponse push(RecordedRequest request) throws Exception {
        pushCount.incrementAndGet();
        JsonNode body = mapper.readTree(request.getBody().readUtf8());
        ArrayNode results = mapper.createArrayNode();
        JsonNode ops = body.path("operations");
        if (ops.size() > 500) {
            return error(400, "BATCH_TOO_LARGE", "at most 500");
        }
        for (JsonNode node : ops) {
            Operation op = codec.fromTree(node);
            ObjectNode r = results.addObject();
            r.put("id", op.id().toString());
            Long existing = positions.get(op.id().toString());
            String refusal = refuseTypes.get(op.type().wireName());
            if (refusal != null && existing == null) {
                r.put("status", "REJECTED");
                r.put("code", refusal);
                r.put("message", "refused by the test server");
            } else if (existing != null) {
                r.put("status", "DUPLICATE");
                r.put("position", existing);
            } else {
                log.add(op);
                positions.put(op.id().toString(), (long) log.size());
                r.put("status", "ACCEPTED");
                r.put("position", (long) log.size());
            }
        }
        if (dropNextPushAfterStoring) {
            dropNextPushAfterStoring = false;
            return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
        }
        ObjectNode answer = mapper.createObjectNode();
        answer.set("results", results);
        answer.put("serverHlc", SERVER_HLC);
        return json(200, answer);
    }

    private MockResponse pull(RecordedRequest request) {
        String after = request.getRequestUrl().queryParameter("after");
        int limit = Integer.parseInt(request.getRequestUrl().queryParameter("limit"));
        long from = after == null || after.isEmpty() ? 0 : Long.parseLong(after);
        ObjectNode answer = mapper.createObjectNode();
        ArrayNode ops = answer.putArray("operations");
        long last = from;
        for (int i = (int) from; i < log.size() && ops.size() < limit; i++) {
            ObjectNode entry = ops.addObject();
            entry.put("position", i + 1);
            entry.set("operation", codec.toTree(log.get(i)));
            last = i + 1;
        }
        answer.put("nextCursor", Long.toString(last));
        answer.put("hasMore", last < log.size());
        answer.put("serverHlc", SERVER_HLC);
        return json(200, answer);
    }

    private MockResponse template(String codeAndVersion) {
        templateGets.add(codeAndVersion);
        if (templatesUnavailable) {
            return error(503, "INTERNAL", "templates are away");
        }
        String body = templateBodies.get(codeAndVersion);
        if (body == null) {
            String[] parts = codeAndVersion.split("/");
            body = parts.length != 2 || !parts[1].matches("[0-9]{1,9}") ? null
                    : BundledChecklists.catalog().template(parts[0], Integer.parseInt(parts[1]))
                            .map(TemplateJson::write).orElse(null);
        }
        if (body == null) {
            return error(404, "NOT_FOUND", "no template " + codeAndVersion);
        }
        return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json; charset=utf-8")
                .setBody(body);
    }

    private MockResponse blob(RecordedRequest request, String rest) {
        if (rest.endsWith("/upload")) {
            String sha = rest.substring(0, rest.length() - "/upload".length());
            ObjectNode answer = mapper.createObjectNode();
            answer.put("received", completeBlobs.contains(sha) ? blobs.get(sha).size() : blobs.containsKey(sha) ? blobs.get(sha).size() : 0);
            answer.put("complete", completeBlobs.contains(sha));
            return json(200, answer);
        }
        String sha = rest;
        if (request.getMethod().equals("GET")) {
            if (!completeBlobs.contains(sha)) {
                return error(404, "NOT_FOUND", "no such photo");
            }
            byte[] bytes = servedWrongBytes.contains(sha) ? Fixtures.jpeg(40, 30, 99) : blobs.get(sha).toByteArray();
            blobGets.add(sha);
            return new MockResponse().setResponseCode(200).setHeader("Content-Type", "image/jpeg")
                    .setBody(new okio.Buffer().write(bytes));
        }
        if (!request.getMethod().equals("PUT")) {
            return error(405, "VALIDATION", "method");
        }
        if (unsupportedBlobs.contains(sha)) {
            return error(415, "UNSUPPORTED_MEDIA_TYPE", "not JPEG/PNG");
        }
        long offset = Long.parseLong(request.getRequestUrl().queryParameter("offset"));
        long total = Long.parseLong(request.getHeader("X-Blob-Length"));
        byte[] bytes = request.getBody().readByteArray();
        blobPuts.add(sha + "@" + offset + "+" + bytes.length);
        ByteArrayOutputStream have = blobs.computeIfAbsent(sha, k -> new ByteArrayOutputStream());
        if (completeBlobs.contains(sha)) {
            ObjectNode answer = mapper.createObjectNode();
            answer.put("received", have.size());
            answer.put("complete", true);
            return json(200, answer);
        }
        if (offset != have.size()) {
            ObjectNode answer = mapper.createObjectNode();
            ObjectNode err = answer.putObject("error");
            err.put("code", "VALIDATION");
            err.put("message", "wrong offset");
            answer.put("received", have.size());
            return json(409, answer);
        }
        have.writeBytes(bytes);
        ObjectNode answer = mapper.createObjectNode();
        answer.put("received", have.size());
        if (have.size() >= total) {
            if (!Sha256.hex(have.toByteArray()).equals(sha)) {
                blobs.remove(sha);
                return error(422, "HASH_MISMATCH", "hash mismatch");
            }
            completeBlobs.add(sha);
            answer.put("complete", true);
            return json(201, answer);
        }
        answer.put("complete", false);
        return json(200, answer);
    }

    private MockResponse json(int code, JsonNode body) {
        return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json")
                .setBody(body.toString());
    }

    private MockResponse error(int code, String errorCode, String message) {
        ObjectNode body = mapper.createObjectNode();
        ObjectNode err = body.putObject("error");
        err.put("code", errorCode);
        err.put("message", message);
        return json(code, body);
    }
}
