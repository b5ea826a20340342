package com.handover.model.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.json.ModelJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The golden protocol examples under {@code protocol/} on the test classpath (also in shared-model's test-jar),
 * for this module's tests and the server's and the app's contract tests. Paths are relative to
 * {@code protocol/}, e.g. {@code messages/push-request.json}.
 */
public final class ProtocolExamples {

    public static final String LOGIN_REQUEST = "messages/login-request.json";
    public static final String LOGIN_RESPONSE = "messages/login-response.json";
    public static final String PUSH_REQUEST = "messages/push-request.json";
    public static final String PUSH_RESPONSE = "messages/push-response.json";
    public static final String PULL_RESPONSE = "messages/pull-response.json";
    public static final String BLOB_UPLOAD_STATUS = "messages/blob-upload-status.json";
    public static final String BLOB_UPLOAD_COMPLETE = "messages/blob-upload-complete.json";
    public static final String BLOBS_MISSING = "messages/blobs-missing.json";
    public static final String REFERENCE_RESPONSE = "messages/reference-response.json";
    public static final String HEALTH_RESPONSE = "messages/health-response.json";
    /** Maps each file under {@code invalid/} to the code it must be refused with and a part of the message. */
    public static final String INVALID_INDEX = "invalid/index.json";

    private static final String ROOT = "/protocol/";

    private ProtocolExamples() {
    }

    public static String operationPath(OperationType type) {
        return "operations/" + type.wireName() + ".json";
    }

    /** The example of {@code type}, read with the codec. */
    public static Operation operation(OperationType type) {
        return new OperationCodec().fromTree(tree(operationPath(type)));
    }

    /** The file's text, exactly as stored (UTF-8). */
    public static String text(String path) {
        try (InputStream in = ProtocolExamples.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no protocol example " + ROOT + path + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file read with the model's strict mapper (duplicate keys, NaN and deep nesting are refused). */
    public static JsonNode tree(String path) {
        try {
            return ModelJson.mapper().readTree(text(path));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(path + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
