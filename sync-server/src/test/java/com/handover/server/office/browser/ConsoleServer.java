package com.handover.server.office.browser;

import com.handover.server.Components;
import com.handover.server.HandoverServer;
import com.handover.server.config.Limits;
import com.handover.server.config.ServerConfig;
import com.handover.server.demo.DemoLoader;
import com.handover.server.office.OfficeConsole;
import com.handover.server.clock.Clocks;
import com.handover.server.reference.PublishedTemplateCatalog;
import com.handover.server.office.demo.DemoHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A real server on 127.0.0.1 and a free port, with the office console, on a temporary SQLite data folder,
 * holding the demo project and its history written through the push path. The office and admin accounts get
 * the known password {@link #PASSWORD}.
 */
public final class ConsoleServer implements AutoCloseable {

    public static final String PASSWORD = "Console-Test-1";

    private final HandoverServer server;
    private final Path dataDir;
    private final DemoHistory.Summary history;

    private ConsoleServer(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        ServerConfig config = new ServerConfig("127.0.0.1", 0, dataDir, null, "server", true, Limits.defaults());
        // Wired as ServerMain wires it: published templates, the clocks, the console.
        this.server = HandoverServer.builder(config)
                .routes(Clocks::new).routes(OfficeConsole::new).start();
        Components c = server.components();
        DemoLoader.load(c);
        String hash = c.passwords().hash(PASSWORD);
        Map<String, String> passwords = new HashMap<>();
        c.db().write(conn -> {
            for (String user : new String[] {"office", "admin", "inspector", "maintenance", "supervisor",
                "projectdept"}) {
                c.accounts().updatePasswordHash(conn, user, hash);
                passwords.put(user, PASSWORD);
            }
            return null;
        });
        this.history = DemoHistory.loadDemo(c, passwords);
    }

    public static ConsoleServer start() {
        try {
            return new ConsoleServer(Files.createTempDirectory("handover-console-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public HandoverServer server() {
        return server;
    }

    public Components components() {
        return server.components();
    }

    public DemoHistory.Summary history() {
        return history;
    }

    @Override
    public void close() {
        server.stop();
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the console with the demo for a look in a browser; stops on Enter. */
    public static void main(String[] args) throws IOException {
        try (ConsoleServer s = start()) {
            System.out.println("console at " + s.baseUrl() + "/office/  (office / " + PASSWORD + ")  " + s.history());
            System.in.read();
        }
    }
}
