package com.handover.server.config;

import com.handover.model.sla.SlaPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link ServerConfig} from command-line flags and environment variables; a flag wins over its
 * variable. Each option is listed once in {@link #OPTIONS}, which is also the help text.
 */
public final class ServerConfigParser {

    /** flag → environment variable and description. */
    public static final Map<String, String[]> OPTIONS = new LinkedHashMap<>();

    static {
        option("--host", "HANDOVER_HOST", "address to listen on (default 0.0.0.0)");
        option("--port", "HANDOVER_PORT", "HTTP port (default 8080; 0 picks a free one)");
        option("--data-dir", "HANDOVER_DATA_DIR", "folder for the embedded database and photos (default ./data)");
        option("--db-url", "HANDOVER_DB_URL", "PostgreSQL JDBC URL; without it the embedded SQLite database is used");
        option("--db-user", "HANDOVER_DB_USER", "PostgreSQL user");
        option("--db-password", "HANDOVER_DB_PASSWORD", "PostgreSQL password");
        option("--db-schema", "HANDOVER_DB_SCHEMA", "PostgreSQL schema (default: the user's default)");
        option("--db-pool-size", "HANDOVER_DB_POOL_SIZE", "PostgreSQL connections per node (default 10)");
        option("--node-id", "HANDOVER_NODE_ID", "this node's name in server clock timestamps (default server)");
        option("--demo", "HANDOVER_DEMO", "load the demo project and accounts (true/false)");
        option("--max-body-bytes", "HANDOVER_MAX_BODY_BYTES", "largest push body (default 4 MiB)");
        option("--max-batch", "HANDOVER_MAX_BATCH", "most operations in one push (default 500)");
        option("--max-pull-limit", "HANDOVER_MAX_PULL_LIMIT", "most operations in one pull page (default 1000)");
        option("--max-blob-bytes", "HANDOVER_MAX_BLOB_BYTES", "largest photo (default 15 MiB)");
        option("--max-blob-chunk-bytes", "HANDOVER_MAX_BLOB_CHUNK_BYTES", "largest upload part (default 4 MiB)");
        option("--token-ttl-days", "HANDOVER_TOKEN_TTL_DAYS", "days a login token stays valid (default 30)");
        option("--login-max-failures", "HANDOVER_LOGIN_MAX_FAILURES", "failed logins before throttling (default 5)");
        option("--clock-interval-seconds", "HANDOVER_CLOCK_INTERVAL_SECONDS",
                "how often the warranty and repair clocks look (default 60)");
        option("--auto-escalate", "HANDOVER_AUTO_ESCALATE",
                "send overdue repairs to self-repair without the office (true/false, default false)");
        option("--sla-threshold-yuan", "HANDOVER_SLA_THRESHOLD_YUAN",
                "repair cost that separates the two on-site deadlines (default 1000)");
        option("--sla-on-site-hours", "HANDOVER_SLA_ON_SITE_HOURS",
                "hours to be on site for repairs up to the threshold (default 24)");
        option("--sla-on-site-above-hours", "HANDOVER_SLA_ON_SITE_ABOVE_HOURS",
                "hours to be on site for repairs above the threshold (default 36)");
        option("--sla-chargeback-percent", "HANDOVER_SLA_CHARGEBACK_PERCENT",
                "share of a self-repair's cost deducted from the deposit (default 200)");
        option("--sla-answer-hours", "HANDOVER_SLA_ANSWER_HOURS",
                "hours to answer a complaint or repair request (default 24)");
        option("--office-secure-cookies", "HANDOVER_OFFICE_SECURE_COOKIES",
                "mark console cookies Secure even without TLS at this node (true/false, default false)");
    }

    /** Options that may stand alone on the command line, meaning true. */
    private static final Set<String> SWITCHES = Set.of("--demo", "--auto-escalate", "--office-secure-cookies");

    private ServerConfigParser() {
    }

    private static void option(String flag, String env, String help) {
        OPTIONS.put(flag, new String[] {env, help});
    }

    public static String help() {
        StringBuilder sb = new StringBuilder("Usage: java -jar handover-server.jar [options]\n");
        OPTIONS.forEach((flag, v) -> sb.append(String.format("  %-26s %-32s %s%n", flag + (SWITCHES.contains(flag) ? "" : " VALUE"), v[0], v[1])));
        return sb.toString();
    }

    public static ServerConfig parse(String[] args, Map<String, String> env) {
        Map<String, String> values = new HashMap<>();
        OPTIONS.forEach((flag, v) -> {
            String fromEnv = env.get(v[0]);
            if (fromEnv != null && !fromEnv.isBlank()) {
                values.put(flag, fromEnv.trim());
            }
        });
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String flag = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (eq > 0) {
                flag = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (!OPTIONS.containsKey(flag)) {
                throw new IllegalArgumentException("unknown option " + flag + "\n" + help());
            }
            if (value == null) {
                if (SWITCHES.contains(flag)) {
                    value = "true";
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new IllegalArgumentException(flag + " needs a value");
                }
            }
            values.put(flag, value);
        }
        return build(values);
    }

    private static ServerConfig build(Map<String, String> v) {
        Limits d = Limits.defaults();
        Limits limits = new Limits(
                intOf(v, "--max-body-bytes", d.maxBodyBytes()),
                intOf(v, "--max-batch", d.maxBatchOperations()),
                intOf(v, "--max-pull-limit", d.maxPullLimit()),
                Math.min(d.defaultPullLimit(), intOf(v, "--max-pull-limit", d.maxPullLimit())),
                longOf(v, "--max-blob-bytes", d.maxBlobBytes()),
                intOf(v, "--max-blob-chunk-bytes", d.maxBlobChunkBytes()),
                Duration.ofDays(longOf(v, "--token-ttl-days", d.tokenTtl().toDays())),
                intOf(v, "--login-max-failures", d.loginMaxFailures()),
                d.loginWindow());
        ServerConfig.PostgresSettings pg = null;
        if (v.containsKey("--db-url")) {
            pg = new ServerConfig.PostgresSettings(v.get("--db-url"), v.get("--db-user"), v.get("--db-password"),
                    v.get("--db-schema"), intOf(v, "--db-pool-size", 10));
        }
        return new ServerConfig(
                v.getOrDefault("--host", "0.0.0.0"),
                intOf(v, "--port", 8080),
                Path.of(v.getOrDefault("--data-dir", "data")),
                pg,
                v.getOrDefault("--node-id", "server"),
                booleanOf(v, "--demo"),
                limits,
                clocks(v),
                new OfficeSettings(booleanOf(v, "--office-secure-cookies"), OfficeSettings.CHINA));
    }

    private static ClockSettings clocks(Map<String, String> v) {
        SlaPolicy d = SlaPolicy.defaults();
        SlaPolicy sla = new SlaPolicy(
                longOf(v, "--sla-threshold-yuan", d.costThresholdFen() / 100) * 100,
                Duration.ofHours(longOf(v, "--sla-on-site-hours", d.onSiteUpToThreshold().toHours())),
                Duration.ofHours(longOf(v, "--sla-on-site-above-hours", d.onSiteAboveThreshold().toHours())),
                intOf(v, "--sla-chargeback-percent", d.selfRepairChargebackPercent()),
                d.emergencyChargebackPercent(),
                Duration.ofHours(longOf(v, "--sla-answer-hours", d.complaintAnswerWithin().toHours())),
                d.emergencyRevisitWithin(), d.revisitWithin(), d.reportingZone());
        return new ClockSettings(Duration.ofSeconds(longOf(v, "--clock-interval-seconds", 60)),
                booleanOf(v, "--auto-escalate"), sla);
    }

    private static boolean booleanOf(Map<String, String> v, String flag) {
        String s = v.getOrDefault(flag, "false").trim();
        if (!s.equals("true") && !s.equals("false")) {
            throw new IllegalArgumentException(flag + " must be true or false, got '" + s + "'");
        }
        return Boolean.parseBoolean(s);
    }

    private static int intOf(Map<String, String> v, String flag, int fallback) {
        return (int) longOf(v, flag, fallback);
    }

    private static long longOf(Map<String, String> v, String flag, long fallback) {
        String s = v.get(flag);
        if (s == null) {
            return fallback;
        }
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a whole number, got '" + s + "'");
        }
    }
}
