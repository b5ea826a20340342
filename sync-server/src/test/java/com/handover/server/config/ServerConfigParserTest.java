package com.handover.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigParserTest {

    @Test
    void defaultsAreTheEmbeddedDatabaseOnPort8080() {
        ServerConfig c = ServerConfigParser.parse(new String[0], Map.of());
        assertEquals(8080, c.port());
        assertEquals(Path.of("data"), c.dataDir());
        assertNull(c.postgres());
        assertFalse(c.demo());
        assertEquals(Limits.defaults(), c.limits());
    }

    @Test
    void flagsWinOverEnvironmentVariables() {
        ServerConfig c = ServerConfigParser.parse(new String[] {"--port", "9090", "--demo", "--max-batch=100"},
                Map.of("HANDOVER_PORT", "7070", "HANDOVER_DATA_DIR", "/srv/handover", "HANDOVER_TOKEN_TTL_DAYS", "7",
                        "HANDOVER_DB_URL", "jdbc:postgresql://db/handover", "HANDOVER_DB_USER", "app",
                        "HANDOVER_DB_PASSWORD", "s3cret"));
        assertEquals(9090, c.port());
        assertEquals(Path.of("/srv/handover"), c.dataDir());
        assertTrue(c.demo());
        assertEquals(100, c.limits().maxBatchOperations());
        assertEquals(Duration.ofDays(7), c.limits().tokenTtl());
        assertEquals("app", c.postgres().user());
        assertFalse(c.postgres().toString().contains("s3cret"), "the password never appears in logs");
    }

    @Test
    void badValuesAreExplained() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ServerConfigParser.parse(new String[] {"--port", "eighty"}, Map.of()));
        assertTrue(e.getMessage().contains("--port"));
        assertThrows(IllegalArgumentException.class, () -> ServerConfigParser.parse(new String[] {"--nope"}, Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> ServerConfigParser.parse(new String[] {"--db-url", "jdbc:mysql://x"}, Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> ServerConfigParser.parse(new String[] {"--max-batch", "0"}, Map.of()));
    }

    @Test
    void clockAndRepairDeadlineSettingsAreParsedWithTheOtherOptions() {
        ServerConfig c = ServerConfigParser.parse(new String[] {"--auto-escalate", "--sla-on-site-hours", "12"},
                Map.of("HANDOVER_CLOCK_INTERVAL_SECONDS", "30", "HANDOVER_SLA_CHARGEBACK_PERCENT", "150",
                        "HANDOVER_OFFICE_SECURE_COOKIES", "true"));
        assertEquals(Duration.ofSeconds(30), c.clocks().interval());
        assertTrue(c.clocks().autoEscalate());
        assertEquals(150, c.clocks().sla().selfRepairChargebackPercent());
        assertEquals(Duration.ofHours(12), c.clocks().sla().onSiteUpToThreshold());
        assertTrue(c.office().alwaysSecureCookies());
        assertEquals(ClockSettings.defaults(), ServerConfigParser.parse(new String[0], Map.of()).clocks());
        assertThrows(IllegalArgumentException.class,
                () -> ServerConfigParser.parse(new String[0], Map.of("HANDOVER_CLOCK_INTERVAL_SECONDS", "0")));
        assertThrows(IllegalArgumentException.class,
                () -> ServerConfigParser.parse(new String[0], Map.of("HANDOVER_SLA_ON_SITE_HOURS", "soon")));
        assertThrows(IllegalArgumentException.class,
                () -> ServerConfigParser.parse(new String[0], Map.of("HANDOVER_AUTO_ESCALATE", "yes")));
    }

    @Test
    void helpListsEveryOptionWithItsVariable() {
        String help = ServerConfigParser.help();
        for (String variable : new String[] {"HANDOVER_SLA_ON_SITE_HOURS", "HANDOVER_SLA_ANSWER_HOURS",
                "HANDOVER_CLOCK_INTERVAL_SECONDS", "HANDOVER_AUTO_ESCALATE", "HANDOVER_OFFICE_SECURE_COOKIES"}) {
            assertTrue(help.contains(variable), variable);
        }
    }
}
