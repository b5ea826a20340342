package com.handover.systemtest.proxy;

/**
 * What the proxy does to one client connection.
 *
 * @param kind   the fault
 * @param amount bytes after which a reset or truncation happens, or milliseconds of delay
 */
public record Fault(Kind kind, long amount) {

    public enum Kind {
        /** Forwarded untouched. */
        PASS,
        /** The connection is accepted and reset at once, before any byte reaches the server. */
        DROP,
        /** {@code amount} bytes of the request reach the server, then both sides are reset. */
        RESET_REQUEST,
        /** The whole request reaches the server; {@code amount} bytes of its answer reach the client, then a reset. */
        RESET_RESPONSE,
        /** As RESET_RESPONSE, but the client sees an orderly end of stream: a truncated body. */
        TRUNCATE_RESPONSE,
        /** The answer is held back {@code amount} ms before its first byte is forwarded. */
        DELAY,
        /** Every request byte is also sent to the server over a second connection, whose answers are dropped. */
        DUPLICATE
    }

    public static final Fault PASS = new Fault(Kind.PASS, 0);
    public static final Fault DROP = new Fault(Kind.DROP, 0);
    public static final Fault DUPLICATE = new Fault(Kind.DUPLICATE, 0);

    public Fault {
        if (amount < 0) {
            throw new IllegalArgumentException("amount must not be negative");
        }
        if (kind == Kind.RESET_REQUEST && amount == 0) {
            throw new IllegalArgumentException("a reset in the request needs at least one byte through");
        }
    }

    public static Fault resetRequest(long afterBytes) {
        return new Fault(Kind.RESET_REQUEST, afterBytes);
    }

    public static Fault resetResponse(long afterBytes) {
        return new Fault(Kind.RESET_RESPONSE, afterBytes);
    }

    public static Fault truncateResponse(long afterBytes) {
        return new Fault(Kind.TRUNCATE_RESPONSE, afterBytes);
    }

    public static Fault delay(long millis) {
        return new Fault(Kind.DELAY, millis);
    }
}
