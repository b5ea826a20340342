package com.handover.server.demo;

import com.handover.server.Components;
import com.handover.model.json.BundledChecklists;
import com.handover.server.auth.User;
import com.handover.server.setup.Accounts;
import com.handover.server.setup.imports.ImportRefused;
import com.handover.server.setup.imports.ProjectImport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Loads the demo once, through the product's own paths: the project is imported from the demo's import file by
 * the import service, the accounts are created by the 管理 page's account service. On a database that already
 * holds the demo, nothing changes. The accounts' passwords are
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
        if (c.db().read(conn -> c.sites().projectExists(conn, DemoData.PROJECT_ID))) {
            return new Outcome(false, readPasswords(file).orElse(Map.of()));
        }
        DemoData demo = new DemoData(completion);
        try {
            new ProjectImport(c, BundledChecklists.catalog().vocabulary()).importBytes(demo.workbook);
        } catch (ImportRefused e) {
            throw new IllegalStateException("the demo workbook is refused by the import: " + e.problems(), e);
        }
        Map<String, String> passwords = accounts(c, demo);
        Files.createDirectories(file.getParent());
        Properties props = new Properties();
        props.putAll(passwords);
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            props.store(out, "demo accounts of the handover server");
        }
        restrictToOwner(file);
        return new Outcome(true, passwords);
    }

    /** One account per role, through the 管理 page's account service; a name already taken keeps its password. */
    private static Map<String, String> accounts(Components c, DemoData demo) {
        Accounts accounts = new Accounts(c);
        SecureRandom random = new SecureRandom();
        Map<String, String> passwords = new LinkedHashMap<>();
        for (User u : demo.users) {
            String password = password(random);
            if (accounts.create(new Accounts.NewAccount(u.username(), u.displayName(), u.role(), password)).isEmpty()) {
                passwords.put(u.username(), password);
            }
        }
        for (String assigned : List.of("inspector", "supervisor", "projectdept")) {
            accounts.assign(assigned, demo.project.id());
        }
        return passwords;
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
