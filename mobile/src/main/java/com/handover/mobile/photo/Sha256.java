package com.handover.mobile.photo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Lowercase hex SHA-256, the name of every photo. */
public final class Sha256 {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private Sha256() {
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Guards file names built from a hash against anything but 64 hex characters. */
    public static String require(String sha) {
        if (sha == null || !HEX.matcher(sha).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hex string: " + sha);
        }
        return sha;
    }
}
