package com.handover.server.auth;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be, for every way an account gets one (the first-admin command and the console):
 * 10 to 256 characters, letters and digits both, not the user name, not a well-known password.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 256;
    private static final Set<String> WELL_KNOWN = Set.of("password123", "password1234", "1234567890a", "a1234567890",
            "qwerty12345", "admin12345", "admin123456", "abc1234567", "1qaz2wsx3edc", "passw0rd123", "iloveyou123",
            "woaini1314", "qwertyuiop1", "asdfghjkl1");

    /** Why a password is weak. */
    public enum Weakness { LENGTH, CLASSES, USERNAME, WELL_KNOWN }

    private PasswordPolicy() {
    }

    /** The first reason the password is refused, or empty when it may be used. */
    public static Optional<Weakness> check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return Optional.of(Weakness.LENGTH);
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return Optional.of(Weakness.CLASSES);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isEmpty() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of(Weakness.USERNAME);
        }
        if (WELL_KNOWN.contains(lower)) {
            return Optional.of(Weakness.WELL_KNOWN);
        }
        return Optional.empty();
    }
}
