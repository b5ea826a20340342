package com.handover.server.demo;

import com.handover.server.Components;
import com.handover.server.auth.User;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Loads the demo once: on a database that already holds it, nothing changes. The accounts' passwords are
 * random; they are written to {@code demo-accounts.properties} in the data folder (readable by the owner
 * only) so that later starts can show them again.
 */
public final class DemoLoader {

    public static final String PASSWORD_FILE = "demo-accounts.properties";
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int PASSWORD_LENGTH = 14;

    /** What the demo load did, and the accounts' passwords where this node knows them. */
    public record Outcome(boolean loadedNow, Map<String, String> passwords) {
        @Override
        public String toString() {
            return "Outcome[loadedNow=" + loadedNow + ", accounts=" + passwords.keySet() + "]";
        }
    }

    private DemoLoader() {
    }

    public static Outcome load(Components c) throws IOException {
        Path file = c.config().dataDir().resolve(PASSWORD_FILE);
        LocalDate completion = LocalDate.now(c.clock().withZone(ZoneId.of("Asia/Shanghai"))).minusMonths(5);
        DemoData demo = new DemoData(completion);
        Map<String, String> passwords = new LinkedHashMap<>();
        SecureRandom random = new SecureRandom();
        for (User u : demo.users) {
            passwords.put(u.username(), password(random));
        }
        Map<String, String> hashes = new LinkedHashMap<>();
        passwords.forEach((user, pw) -> hashes.put(user, c.passwords().hash(pw)));
        boolean loaded = c.db().write(conn -> {
            c.log().lockHead(conn); // serialises nodes that start with --demo at the same moment
            if (c.sites().projectExists(conn, demo.project.id())) {
                return false;
            }
            long now = c.clock().millis();
            c.sites().insertProject(conn, demo.project);
            for (var b : demo.buildings) {
                c.sites().insertBuilding(conn, b);
            }
            for (var t : demo.unitTypes) {
                c.sites().insertUnitType(conn, t);
            }
            c.sites().insertUnits(conn, demo.units);
            for (var k : demo.contractors) {
                c.sites().insertContractor(conn, k);
            }
            for (User u : demo.users) {
                c.accounts().saveUser(conn, u, hashes.get(u.username()), now);
            }
            c.sites().assignProject(conn, "inspector", demo.project.id());
            c.sites().assignProject(conn, "supervisor", demo.project.id());
            c.sites().assignProject(conn, "projectdept", demo.project.id());
            return true;
        });
        if (loaded) {
            Files.createDirectories(file.getParent());
            Properties props = new Properties();
            props.putAll(passwords);
            try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                props.store(out, "demo accounts of the handover server");
            }
            restrictToOwner(file);
            return new Outcome(true, passwords);
        }
        return new Outcome(false, readPasswords(file).orElse(Map.of()));
    }

    private static Optional<Map<String, String>> readPasswords(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties props = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(in);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String user : new DemoData(LocalDate.now()).users.stream().map(User::username).toList()) {
            if (props.getProperty(user) != null) {
                out.put(user, props.getProperty(user));
            }
        }
        return Optional.of(out);
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: the file keeps the folder's permissions.
        }
    }

    private static String password(SecureRandom random) {
        StringBuilder sb = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
