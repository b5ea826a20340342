package com.handover.server.setup;

import com.handover.server.auth.PasswordHasher;
import com.handover.server.config.ServerConfig;
import com.handover.server.config.ServerConfigParser;
import com.handover.server.store.Database;
import com.handover.server.store.jdbc.JdbcAccountStore;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * {@code java -jar handover-server.jar create-admin --username NAME --name 显示名 [--even-if-admin-exists]
 * [server options]}: creates an administrator on the database the server options name. The password is read
 * from the terminal (asked twice) or, when standard input is not a terminal, from its first line.
 */
public final class CreateAdminCommand {

    public static final String NAME = "create-admin";
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("com.handover.server.messages");

    private final InputStream in;
    private final PrintStream out;
    private final Console console;

    public CreateAdminCommand(InputStream in, PrintStream out, Console console) {
        this.in = in;
        this.out = out;
        this.console = console;
    }

    /** Runs the command; returns the process exit code (0 created, 2 bad arguments, 3 refused). */
    public int run(String[] args, Map<String, String> env) throws IOException {
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        String username = take(rest, "--username");
        String name = take(rest, "--name");
        boolean force = rest.remove("--even-if-admin-exists");
        if (username == null || name == null) {
            out.println(text("admin.create.usage"));
            return 2;
        }
        ServerConfig config;
        try {
            config = ServerConfigParser.parse(rest.toArray(String[]::new), env);
        } catch (IllegalArgumentException e) {
            out.println(text("config.error", e.getMessage()));
            return 2;
        }
        Optional<String> password = readPassword();
        if (password.isEmpty()) {
            out.println(text("admin.create.mismatch"));
            return 2;
        }
        try (Database db = Database.open(config)) {
            var refusal = new FirstAdmin(db, new JdbcAccountStore(), new PasswordHasher(), Clock.systemUTC())
                    .create(username, name, password.get(), force);
            if (refusal.isPresent()) {
                out.println(text("admin.create.refused." + refusal.get().name()));
                return 3;
            }
        }
        out.println(text("admin.create.done", username, name));
        return 0;
    }

    private Optional<String> readPassword() throws IOException {
        if (console != null) {
            char[] first = console.readPassword("%s", text("admin.create.prompt"));
            char[] second = console.readPassword("%s", text("admin.create.again"));
            if (first == null || second == null || !Arrays.equals(first, second)) {
                return Optional.empty();
            }
            return Optional.of(new String(first));
        }
        String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        return Optional.of(line == null ? "" : line);
    }

    private static String take(List<String> args, String flag) {
        int i = args.indexOf(flag);
        if (i < 0 || i + 1 >= args.size()) {
            return null;
        }
        args.remove(i);
        return args.remove(i);
    }

    private static String text(String key, Object... args) {
        return MessageFormat.format(TEXT.getString(key), args);
    }
}
