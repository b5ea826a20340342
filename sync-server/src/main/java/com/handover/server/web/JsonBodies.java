package com.handover.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.json.ModelJson;
import com.handover.server.web.errors.ApiException;
import com.handover.server.web.errors.ErrorCode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;

/** Reads request bodies within a byte limit and checks the shape of JSON objects. */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** The body's bytes; 413 PAYLOAD_TOO_LARGE when it is longer than {@code maxBytes}. */
    public static byte[] readBytes(Context ctx, int maxBytes) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(maxBytes);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(declared, maxBytes)));
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the request body failed", e);
        }
    }

    private static ApiException tooLarge(int maxBytes) {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "the request body may have at most " + maxBytes + " bytes");
    }

    /** The body as a JSON object, refusing other content types, malformed JSON and non-objects. */
    public static JsonNode readObject(Context ctx, int maxBytes) {
        return objectOf(readJsonBytes(ctx, maxBytes));
    }

    /**
     * The body's bytes, refusing other content types than JSON in UTF-8 and an empty body. A body sent without a
     * content type is read as JSON (PROTOCOL.md section 2).
     */
    public static byte[] readJsonBytes(Context ctx, int maxBytes) {
        String type = ctx.contentType();
        if (type != null && !isJsonInUtf8(type)) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "send the body as application/json in UTF-8");
        }
        byte[] body = readBytes(ctx, maxBytes);
        if (body.length == 0) {
            throw new ApiException(ErrorCode.MALFORMED_JSON, "the request body is empty; a JSON object is expected");
        }
        return body;
    }

    /**
     * Whether a {@code Content-Type} names JSON: the media type {@code application/json} itself (not one that only
     * begins so, such as {@code application/jsonp}), with no charset or UTF-8's.
     */
    static boolean isJsonInUtf8(String contentType) {
        String[] parts = contentType.split(";", -1);
        if (!parts[0].trim().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            int equals = parameter.indexOf('=');
            if (parameter.isEmpty() || equals < 0) {
                continue;
            }
            String value = parameter.substring(equals + 1).trim();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (parameter.substring(0, equals).trim().equalsIgnoreCase("charset") && !value.equalsIgnoreCase("utf-8")) {
                return false;
            }
        }
        return true;
    }

    /** The bytes as a JSON object, refusing malformed JSON and non-objects. */
    public static JsonNode objectOf(byte[] body) {
        JsonNode node;
        try {
            node = ModelJson.mapper().readTree(body);
        } catch (StreamConstraintsException e) {
            throw new ApiException(ErrorCode.MALFORMED_JSON, "the JSON is nested too deeply or holds a value too long");
        } catch (JsonProcessingException e) {
            throw new ApiException(ErrorCode.MALFORMED_JSON, "the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || !node.isObject()) {
            throw new ApiException(ErrorCode.MALFORMED_JSON, "the body must be a JSON object");
        }
        return node;
    }

    /** Refuses members other than {@code allowed}. */
    public static void onlyFields(JsonNode node, Set<String> allowed) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw ApiException.validation(name, "unknown field '" + abbreviate(name) + "'");
            }
        }
    }

    public static String requiredText(JsonNode node, String field, int maxLength) {
        String value = optionalText(node, field, maxLength);
        if (value == null || value.isEmpty()) {
            throw ApiException.validation(field, field + " is required");
        }
        return value;
    }

    public static String optionalText(JsonNode node, String field, int maxLength) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw ApiException.validation(field, field + " must be a string");
        }
        String s = v.textValue();
        if (s.length() > maxLength) {
            throw ApiException.validation(field, field + " may have at most " + maxLength + " characters");
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                throw ApiException.validation(field, field + " contains a control character");
            }
        }
        return s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
