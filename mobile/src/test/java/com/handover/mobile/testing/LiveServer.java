package com.handover.mobile.testing;

import com.handover.model.Role;
import com.handover.server.Components;
import com.handover.server.HandoverServer;
import com.handover.server.auth.User;
import com.handover.server.clock.Clocks;
import com.handover.server.config.ServerConfig;
import com.handover.server.demo.DemoData;
import com.handover.server.demo.DemoLoader;
import com.handover.server.reference.TemplateStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The real sync server on 127.0.0.1 (embedded SQLite in a temporary folder) holding the demo project, its
 * accounts, and a second inspector on the same project. Like the production server it serves the checklist
 * templates the office publishes (its clock job is not scheduled). It can be stopped and started again on the
 * same port and data, as a phone sees a server that went out of reach and came back.
 */
public final class LiveServer implements AutoCloseable {

    public static final String SECOND_INSPECTOR = "inspector2";
    public static final UUID PROJECT = DemoData.PROJECT_ID;
    private static final String SECOND_PASSWORD = "Second-Inspector-1";

    private final ServerConfig config;
    private final Map<String, String> passwords = new HashMap<>();
    private HandoverServer server;
    private int port;

    private LiveServer(ServerConfig config) {
        this.config = config;
    }

    public static LiveServer start(Path dataDir) {
        LiveServer live = new LiveServer(ServerConfig.embedded(dataDir).withHost("127.0.0.1").withPort(0));
        live.server = launch(live.config);
        live.port = live.server.port();
        Components c = live.server.components();
        try {
            live.passwords.putAll(DemoLoader.load(c).passwords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String hash = c.passwords().hash(SECOND_PASSWORD);
        c.db().write(conn -> {
            c.accounts().saveUser(conn, new User(SECOND_INSPECTOR, "钱验房", Role.INSPECTOR), hash, c.clock().millis());
            c.sites().assignProject(conn, SECOND_INSPECTOR, PROJECT);
            return null;
        });
        live.passwords.put(SECOND_INSPECTOR, SECOND_PASSWORD);
        return live;
    }

    /** Mounted as {@code ServerMain} does: published templates count for inspections and reach devices. */
    private static HandoverServer launch(ServerConfig config) {
        return HandoverServer.builder(config)
                .routes(c -> new Clocks(c, false))
                .start();
    }

    /** The office's checklist templates, as the console's template pages edit and publish them. */
    public TemplateStore templates() {
        return new TemplateStore(server.components().db());
    }

    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    public int port() {
        return port;
    }

    public String password(String username) {
        String p = passwords.get(username);
        if (p == null) {
            throw new IllegalArgumentException("no account " + username);
        }
        return p;
    }

    public Components components() {
        return server.components();
    }

    /** The server goes out of reach (its data stays). */
    public void stop() {
        server.stop();
    }

    /** Back on the same port with the same data. */
    public void restart() {
        server = launch(config.withPort(port));
    }

    /** The demo unit's id, e.g. {@code 1-101} (building 1: finished; building 2: bare shell). */
    public static UUID unit(String number) {
        return DemoData.unitId(number);
    }

    @Override
    public void close() {
        server.stop();
    }
}
