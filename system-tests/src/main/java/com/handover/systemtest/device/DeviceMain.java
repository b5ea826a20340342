package com.handover.systemtest.device;

import com.handover.mobile.MobileComposition;
import com.handover.mobile.photo.AwtImageCodec;
import com.handover.mobile.sync.ApiException;
import com.handover.mobile.sync.RetryPolicy;
import com.handover.mobile.sync.Sleeper;
import com.handover.mobile.sync.SyncStatus;
import com.handover.mobile.sync.http.HttpClients;
import com.handover.mobile.sync.http.OkHttpSyncApi;
import com.handover.mobile.ui.AppContext;
import com.handover.mobile.ui.DirectTaskRunner;
import com.handover.model.sync.Operation;
import com.handover.systemtest.server.TestSite;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The mobile app without its screens, as a process a test can kill: it opens the app's composition (local SQLite
 * replica, outbox, photo store, sync engine) on a folder, signs in, records the actions of a
 * {@link DeviceWorkload} until its own operations reach {@code --actions}, syncing every {@code --sync-every}
 * actions, and with {@code --settle} syncs until nothing is waiting. Started again on the same folder it carries on
 * where it stopped. Progress goes to stdout, one line per event ({@code RECORDED n id}, {@code CALL push 500}, ...).
 *
 * <pre>
 * --folder DIR --server URL --user NAME [--password PW] [--seed N] [--actions N] [--sync-every N] [--settle]
 * [--skew-ms MS] [--jump-back-ms MS --jump-every N] [--read-timeout-ms MS] [--max-rounds N] [--fresh-connections]
 * </pre>
 */
public final class DeviceMain {

    /** Exit code when the device could not get everything to the server within --max-rounds. */
    public static final int UNSETTLED = 3;

    private DeviceMain() {
    }

    public static void main(String[] argv) throws Exception {
        int code = run(argv);
        if (code != 0) {
            System.exit(code);
        }
    }

    private static int run(String[] argv) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        Map<String, String> a = parse(argv);
        Path folder = Path.of(required(a, "--folder"));
        String server = required(a, "--server");
        String user = required(a, "--user");
        String password = a.getOrDefault("--password", TestSite.PASSWORD);
        long seed = Long.parseLong(a.getOrDefault("--seed", "1"));
        int maxRounds = Integer.parseInt(a.getOrDefault("--max-rounds", "60"));
        SkewedClock clock = new SkewedClock(Duration.ofMillis(Long.parseLong(a.getOrDefault("--skew-ms", "0"))),
                ZoneId.of("Asia/Shanghai"));
        var api = new AnnouncingSyncApi(new OkHttpSyncApi(http(a)), out);
        var retry = new RetryPolicy(4, Duration.ofMillis(100), Duration.ofSeconds(2), new Random(seed), Sleeper.REAL);
        try (MobileComposition composition = MobileComposition.open(folder, api, (origin, then) -> { },
                new AwtImageCodec(), new DirectTaskRunner(), clock, retry, "system-test " + user)) {
            AppContext app = composition.context();
            out.println("DEVICE " + app.session().deviceId());
            signIn(app, server, user, password, out);
            Long own = record(app, new DeviceWorkload(app, seed, user), a, clock, out);
            if (own == null) {
                out.println("NO-REFERENCE");
                return UNSETTLED;
            }
            if (a.containsKey("--settle")) {
                return settle(app, own, maxRounds, out);
            }
            out.println("FINISHED own=" + own);
            return 0;
        }
    }

    /** The device's HTTP client, with the run's timeouts and, if asked, a new connection for every call. */
    private static OkHttpClient http(Map<String, String> a) {
        long readTimeout = Long.parseLong(a.getOrDefault("--read-timeout-ms", "30000"));
        var httpBuilder = HttpClients.create().newBuilder();
        if (a.containsKey("--fresh-connections")) {
            // Every call on a new connection, as on a mobile network whose NAT forgets idle connections.
            httpBuilder.connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS));
        }
        return httpBuilder
                .readTimeout(Duration.ofMillis(readTimeout))
                .writeTimeout(Duration.ofMillis(readTimeout))
                .callTimeout(Duration.ofMillis(readTimeout * 3))
                .build();
    }

    /**
     * Records until the device holds {@code --actions} operations of its own, syncing every {@code --sync-every}
     * and jumping its clock back as asked; the count, or null when it never got the reference data to act on.
     */
    private static Long record(AppContext app, DeviceWorkload workload, Map<String, String> a, SkewedClock clock,
                               PrintStream out) {
        long actions = Long.parseLong(a.getOrDefault("--actions", "0"));
        int syncEvery = Integer.parseInt(a.getOrDefault("--sync-every", "25"));
        long jumpBack = Long.parseLong(a.getOrDefault("--jump-back-ms", "0"));
        int jumpEvery = Integer.parseInt(a.getOrDefault("--jump-every", "0"));
        int maxRounds = Integer.parseInt(a.getOrDefault("--max-rounds", "60"));
        long own = ownOperations(app, app.session().deviceId());
        int idle = 0;
        while (own < actions) {
            Optional<Operation> op = workload.act(own);
            if (op.isEmpty()) {
                if (++idle > maxRounds) {
                    return null;
                }
                sync(app, out);
                continue;
            }
            own++;
            out.println("RECORDED " + own + " " + op.get().id());
            if (jumpEvery > 0 && own % jumpEvery == 0) {
                clock.jump(Duration.ofMillis(-jumpBack));
                out.println("CLOCK-JUMP " + clock.offset().toMillis());
            }
            if (syncEvery > 0 && own % syncEvery == 0) {
                sync(app, out);
            }
        }
        return own;
    }

    /** Syncs until nothing waits and nothing fails, at most {@code maxRounds} times. */
    private static int settle(AppContext app, long own, int maxRounds, PrintStream out) {
        for (int round = 0; round < maxRounds; round++) {
            SyncStatus s = sync(app, out);
            if (s.problem() == null && s.operationsWaiting() == 0 && s.photosWaiting() == 0) {
                out.println("SETTLED own=" + own + " rejected=" + s.rejectedOperations());
                return 0;
            }
        }
        out.println("UNSETTLED");
        return UNSETTLED;
    }

    private static void signIn(AppContext app, String server, String user, String password, PrintStream out)
            throws InterruptedException {
        if (app.session().signedIn()) {
            return;
        }
        for (int attempt = 1; ; attempt++) {
            try {
                app.session().signIn(server, user, password);
                out.println("SIGNED-IN " + user);
                return;
            } catch (IOException | ApiException e) {
                if (attempt >= 30) {
                    throw new IllegalStateException("could not sign in: " + e.getMessage(), e);
                }
                Thread.sleep(100L * Math.min(attempt, 10));
            }
        }
    }

    private static SyncStatus sync(AppContext app, PrintStream out) {
        out.println("SYNC-BEGIN");
        SyncStatus s = app.sync().syncNow();
        out.println("SYNC-END pending=" + s.operationsWaiting() + " photos=" + s.photosWaiting() + " rejected="
                + s.rejectedOperations() + " problem=" + (s.problem() == null ? "-" : s.problem().key()));
        return s;
    }

    private static long ownOperations(AppContext app, String node) {
        return app.replica().read(s -> s.operations().stream().filter(o -> o.device().equals(node)).count());
    }

    private static Map<String, String> parse(String[] argv) {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < argv.length; i++) {
            String k = argv[i];
            if (!k.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + k);
            }
            if (k.equals("--settle") || k.equals("--fresh-connections")) {
                out.put(k, "true");
            } else if (i + 1 < argv.length) {
                out.put(k, argv[++i]);
            } else {
                throw new IllegalArgumentException(k + " needs a value");
            }
        }
        return out;
    }

    private static String required(Map<String, String> a, String key) {
        String v = a.get(key);
        if (v == null) {
            throw new IllegalArgumentException(key + " is required");
        }
        return v;
    }
}
