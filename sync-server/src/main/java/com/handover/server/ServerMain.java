package com.handover.server;

import com.handover.server.clock.Clocks;
import com.handover.server.config.ServerConfig;
import com.handover.server.config.ServerConfigParser;
import com.handover.server.demo.DemoData;
import com.handover.server.demo.DemoLoader;
import com.handover.server.office.OfficeConsole;
import com.handover.server.office.demo.DemoHistory;
import com.handover.server.setup.CreateAdminCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ResourceBundle;

/** {@code java -jar handover-server.jar [options]}: starts one node; {@code --help} lists the options. */
public final class ServerMain {

    private static final ResourceBundle TEXT = ResourceBundle.getBundle("com.handover.server.messages");

    private ServerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(CreateAdminCommand.NAME)) {
            System.exit(new CreateAdminCommand(System.in, System.out, System.console())
                    .run(Arrays.copyOfRange(args, 1, args.length), System.getenv()));
            return;
        }
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(ServerConfigParser.help());
            System.out.println();
            System.out.println(text("admin.create.usage"));
            return;
        }
        ServerConfig config;
        try {
            config = ServerConfigParser.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(text("config.error", e.getMessage()));
            System.exit(2);
            return;
        }
        HandoverServer server = start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "handover-shutdown"));
        System.out.println(text("server.started", config.host(), server.port(),
                server.components().db().dialect().name()));
    }

    /**
     * Starts a node as deployed: published templates, the clocks, the office console; with {@code --demo}, the
     * demo data and history are written before the port opens, so a node that answers is a ready one.
     */
    static HandoverServer start(ServerConfig config) {
        var builder = HandoverServer.builder(config)
                .routes(Clocks::new)
                .routes(OfficeConsole::new);
        if (config.demo()) {
            builder.prepare(ServerMain::loadDemo);
        }
        return builder.start();
    }

    private static void loadDemo(Components components) {
        DemoLoader.Outcome demo;
        try {
            demo = DemoLoader.load(components);
        } catch (IOException e) {
            throw new UncheckedIOException("the demo data could not be loaded", e);
        }
        printDemo(demo);
        var history = DemoHistory.loadDemo(components, demo.passwords());
        if (history.writtenNow()) {
            System.out.println(text("demo.history", history.signed(), history.inProgress(), history.defects(),
                    history.workOrders(), history.complaints(), history.operations()));
        }
    }

    /** The demo passwords go to the console on purpose (never to the log): the operator needs them to sign in. */
    private static void printDemo(DemoLoader.Outcome outcome) {
        System.out.println(outcome.loadedNow()
                ? text("demo.loaded", "滨江花园", 2 * DemoData.FLOORS * DemoData.UNITS_PER_FLOOR)
                : text("demo.present"));
        if (outcome.passwords().isEmpty()) {
            System.out.println(text("demo.passwordsUnknown", DemoLoader.PASSWORD_FILE));
            return;
        }
        System.out.println(text("demo.accounts"));
        var roles = new DemoData(LocalDate.now()).users;
        for (var user : roles) {
            String pw = outcome.passwords().get(user.username());
            if (pw != null) {
                System.out.println(text("demo.account", user.username(), pw, user.role().name()));
            }
        }
    }

    private static String text(String key, Object... args) {
        return MessageFormat.format(TEXT.getString(key), args);
    }
}
