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
}
