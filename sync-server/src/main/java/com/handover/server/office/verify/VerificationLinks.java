package com.handover.server.office.verify;

import com.handover.server.store.Dialect;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The short code of a signed record's public verification page (/v/CODE): random, so that it tells nothing
 * about the record and cannot be guessed from another one; created once per inspection.
 */
public final class VerificationLinks {

    public static final int CODE_LENGTH = 10;
    /** Crockford's base32 without I, L, O, U: easy to read aloud and type from paper. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    public static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + CODE_LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final VerificationLinkStore store;

    public VerificationLinks(Dialect dialect) {
        this.store = new VerificationLinkStore(dialect);
    }

    /** The inspection's code, created if it has none (in a write transaction). */
    public String codeFor(Connection c, UUID inspectionId, long now) throws SQLException {
        Optional<String> existing = existing(c, inspectionId);
        if (existing.isPresent()) {
            return existing.get();
        }
        store.addIfNone(c, newCode(), inspectionId, now);
        return existing(c, inspectionId).orElseThrow();
    }

    public Optional<String> existing(Connection c, UUID inspectionId) throws SQLException {
        return store.codeOf(c, inspectionId);
    }

    public Optional<UUID> inspectionOf(Connection c, String code) throws SQLException {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return store.inspectionOf(c, code);
    }

    static String newCode() {
        char[] out = new char[CODE_LENGTH];
        for (int i = 0; i < out.length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
