package com.handover.model.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;

/** RFC 8785 (JSON Canonicalization Scheme) text of a value, and the SHA-256 of that text. */
public final class CanonicalJson {

    private CanonicalJson() {
    }

    public static String of(Object value) {
        try {
            String json = ModelJson.mapper().writeValueAsString(value);
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("value cannot be written as JSON", e);
        } catch (IOException e) {
            throw new IllegalStateException("JSON cannot be canonicalised", e);
        }
    }

    public static String sha256Hex(Object value) {
        return sha256Hex(of(value).getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
