package com.handover.server.office.repair;

import com.handover.server.web.AsciiNumbers;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads console form and query fields within explicit limits; a bad value is a {@link FormException}. */
public final class Forms {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern MONEY = Pattern.compile("\\d{1,8}(\\.\\d{1,2})?");

    private Forms() {
    }

    /** A field the user must change: its name and the bundle key of the message. */
    public static final class FormException extends IllegalArgumentException {
        private final String field;

        public FormException(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public static String text(String value, String field, int max, boolean required) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            if (required) {
                throw new FormException(field, "repair.form.required");
            }
            return null;
        }
        if (v.length() > max) {
            throw new FormException(field, "repair.form.tooLong");
        }
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t') {
                throw new FormException(field, "repair.form.control");
            }
        }
        return v;
    }

    public static UUID uuid(String value, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new FormException(field, "repair.form.required");
            }
            return null;
        }
        if (!UUID_TEXT.matcher(value).matches()) {
            throw new FormException(field, "repair.form.invalid");
        }
        return UUID.fromString(value);
    }

    public static <E extends Enum<E>> E choice(String value, Class<E> type, String field, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new FormException(field, "repair.form.required");
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FormException(field, "repair.form.invalid");
        }
    }

    /** Yuan with up to two decimals (at most 99,999,999.99) as fen. */
    public static long yuanAsFen(String value, String field) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        String v = value.strip();
        if (!MONEY.matcher(v).matches()) {
            throw new FormException(field, "repair.form.money");
        }
        return new BigDecimal(v).movePointRight(2).longValueExact();
    }

    public static int integer(String value, String field, int min, int max) {
        long n = AsciiNumbers.parse(value == null ? "" : value.strip(), 9).orElse(Long.MIN_VALUE);
        if (n < min || n > max) {
            throw new FormException(field, "repair.form.range");
        }
        return (int) n;
    }

    public static String param(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v != null ? v : ctx.queryParam(name);
    }
}
