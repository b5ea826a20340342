package com.handover.server.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.json.ModelJson;
import com.handover.server.office.browser.ConsoleServer;
import com.handover.server.testing.ApiClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/**
 * Answers a device asks compressed are gzip from 1,500 bytes on, and sent as they are below that; a JSON request
 * body is read as sent (section 2).
 */
class AnswerCompressionTest {

    private static final Map<String, String> GZIP = Map.of("Accept-Encoding", "gzip");

    @Test
    void aLargeAnswerIsGzipAndASmallOneIsSentAsItIs() throws IOException {
        try (ConsoleServer console = ConsoleServer.start()) {
            ApiClient.Session inspector = new ApiClient(console.baseUrl())
                    .session("inspector", ConsoleServer.PASSWORD, "pad-gzip");

            ApiClient.Response reference = inspector.get("/api/v1/reference", GZIP);
            assertEquals(200, reference.code());
            assertEquals("gzip", reference.headers().get("Content-Encoding"));
            byte[] plain;
            try (var in = new GZIPInputStream(new ByteArrayInputStream(reference.bytes()))) {
                plain = in.readAllBytes();
            }
            assertTrue(plain.length > reference.bytes().length, "compressed is smaller");
            assertTrue(ModelJson.mapper().readTree(plain).has("projects"), "the reference data, whole");

            ApiClient.Response small = inspector.get("/api/v1/sync/pull?limit=1", GZIP);
            assertEquals(200, small.code());
            assertTrue(small.bytes().length < 1500, "one operation's page: " + small.bytes().length + " bytes");
            assertNull(small.headers().get("Content-Encoding"));
        }
    }

    @Test
    void aCompressedRequestBodyIsReadAsSentAndRefused() throws IOException {
        try (ConsoleServer console = ConsoleServer.start()) {
            ByteArrayOutputStream packed = new ByteArrayOutputStream();
            try (var zip = new GZIPOutputStream(packed)) {
                zip.write("{\"username\":\"inspector\",\"password\":\"x\",\"deviceId\":\"pad-gzip\"}"
                        .getBytes(StandardCharsets.UTF_8));
            }
            ApiClient.Response login = new ApiClient(console.baseUrl()).send("POST", "/api/v1/auth/login", null,
                    RequestBody.create(packed.toByteArray(), ApiClient.JSON), Map.of("Content-Encoding", "gzip"));
            assertEquals(400, login.code());
            assertEquals("MALFORMED_JSON", login.errorCode(), login.body());
        }
    }
}
