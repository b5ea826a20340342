package com.handover.server.web.api;

import com.handover.server.web.errors.ApiException;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one reader of query parameters for every /api/v1 route. Each endpoint takes exactly the parameters
 * listed in {@link #ACCEPTED}; an unknown parameter, a repeated one, or one whose percent-encoding is not valid
 * UTF-8 is refused with 400 VALIDATION naming it, before the route runs (empty pairs, as in {@code a=1&}, are
 * no parameter and are skipped). Routes read values with
 * {@link #value(Context, String)}, never from the container's lenient decoding.
 */
public final class ApiQuery {

    /** The parameters each endpoint takes, by "METHOD path template"; endpoints not listed take none. */
    static final Map<String, Set<String>> ACCEPTED = Map.of(
            "GET " + ApiAccess.PREFIX + "/sync/pull", Set.of("after", "limit"),
            "PUT " + ApiAccess.PREFIX + "/blobs/{sha}", Set.of("offset"),
            "GET " + ApiAccess.PREFIX + "/reports/monthly", Set.of("month"),
            "GET " + ApiAccess.PREFIX + "/reports/settlement", Set.of("quarter"));

    private static final String ATTRIBUTE = "handover.query";

    private ApiQuery() {
    }

    /** Reads and checks the query of a request for {@code endpoint} ("METHOD template"), keeping it for the route. */
    public static void check(Context ctx, String endpoint) {
        Set<String> accepted = ACCEPTED.getOrDefault(endpoint, Set.of());
        Map<String, String> values = new LinkedHashMap<>();
        String raw = ctx.queryString();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&", -1)) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq), null);
                if (!accepted.contains(name)) {
                    throw ApiException.validation(name, "unknown query parameter '" + abbreviate(name) + "'; "
                            + (accepted.isEmpty() ? "this endpoint takes none" : "this endpoint takes "
                            + String.join(", ", new TreeSet<>(accepted))));
                }
                if (values.containsKey(name)) {
                    throw ApiException.validation(name, "the query parameter '" + name + "' is given more than once");
                }
                values.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1), name));
            }
        }
        ctx.attribute(ATTRIBUTE, values);
    }

    /** The parameter's value: absent when not given; empty when given without a value. */
    public static Optional<String> value(Context ctx, String name) {
        Map<String, String> values = ctx.attribute(ATTRIBUTE);
        if (values == null) {
            throw new IllegalStateException("the query of " + ctx.path() + " was not checked");
        }
        return Optional.ofNullable(values.get(name));
    }

    /** Percent-decoding (and '+' for space) into UTF-8, refusing a broken escape or byte sequence. */
    private static String decode(String text, String parameter) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '%') {
                int hi = i + 2 < text.length() ? hex(text.charAt(i + 1)) : -1;
                int lo = hi >= 0 ? hex(text.charAt(i + 2)) : -1;
                if (lo < 0) {
                    throw malformed(parameter, text);
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (ch > 0x7e || ch < 0x21) {
                throw malformed(parameter, text);
            } else {
                bytes.write(ch == '+' ? ' ' : ch);
            }
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
            if (decoded.chars().anyMatch(Character::isISOControl)) {
                throw malformed(parameter, text);
            }
            return decoded;
        } catch (CharacterCodingException e) {
            throw malformed(parameter, text);
        }
    }

    /** An ASCII hex digit's value, or -1 ({@code Character.digit} also takes other scripts' digits). */
    private static int hex(char ch) {
        if (ch >= '0' && ch <= '9') {
            return ch - '0';
        }
        if (ch >= 'a' && ch <= 'f' || ch >= 'A' && ch <= 'F') {
            return 10 + Character.toLowerCase(ch) - 'a';
        }
        return -1;
    }

    private static ApiException malformed(String parameter, String raw) {
        String field = parameter != null ? parameter : abbreviate(raw);
        return ApiException.validation(field, (parameter != null ? "the query parameter '" + parameter + "'"
                : "a query parameter name") + " is not valid percent-encoded UTF-8");
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
