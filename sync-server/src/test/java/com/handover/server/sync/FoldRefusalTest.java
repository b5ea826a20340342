package com.handover.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.server.store.Dialect;
import com.handover.server.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Only a fold that would fail the same way again sets a unit aside; a database that is busy, gone or full holds
 * the folder until it passes, so that no unit is set aside for a fault of the moment.
 */
class FoldRefusalTest {

    @Test
    void sqliteRefusingTheRowsSetsTheUnitAsideButABusyDatabaseDoesNot() throws Exception {
        Path file = Files.createTempFile("fold-refusal", ".db");
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + file);
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement w = writer.createStatement(); Statement o = other.createStatement()) {
            w.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");

            SQLException notNull = assertThrows(SQLException.class, () -> w.execute("INSERT INTO t (id) VALUES (1)"));
            Optional<String> refused = FoldRefusal.describe(notNull, Dialect.SQLITE);
            assertTrue(refused.isPresent());
            assertTrue(refused.get().contains("NOT NULL"), refused.get());

            w.execute("BEGIN IMMEDIATE");
            o.execute("PRAGMA busy_timeout = 0");
            SQLException busy = assertThrows(SQLException.class, () -> o.execute("INSERT INTO t VALUES (2, 'x')"));
            w.execute("ROLLBACK");
            assertEquals(Optional.empty(), FoldRefusal.describe(busy, Dialect.SQLITE), busy.getMessage());
            assertEquals(Optional.empty(), FoldRefusal.describe(new StoreException("database error", busy),
                    Dialect.SQLITE), "a wrapped failure is judged by its database's words");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void postgresIsJudgedByTheSqlStateClass() {
        assertTrue(FoldRefusal.describe(new SQLException("new row violates check constraint", "23514"),
                Dialect.POSTGRES).isPresent());
        assertTrue(FoldRefusal.describe(new SQLException("value too long for type character varying(64)", "22001"),
                Dialect.POSTGRES).isPresent());
        assertEquals(Optional.empty(), FoldRefusal.describe(new SQLException("connection refused", "08001"),
                Dialect.POSTGRES));
        assertEquals(Optional.empty(), FoldRefusal.describe(new SQLException("could not extend file: No space left"
                + " on device", "53100"), Dialect.POSTGRES));
        assertEquals(Optional.empty(), FoldRefusal.describe(new SQLException("deadlock detected", "40P01"),
                Dialect.POSTGRES));
    }

    @Test
    void aFaultInTheFoldItselfSetsTheUnitAsideWithItsWords() {
        Optional<String> refused = FoldRefusal.describe(new IllegalStateException("x".repeat(2_000)),
                Dialect.SQLITE);
        assertTrue(refused.isPresent());
        assertTrue(refused.get().startsWith("IllegalStateException: xxx"));
        assertEquals(FoldRefusal.MAX_DESCRIPTION, refused.get().length());
    }

    @Test
    void aBatchIsDescribedByWhatRefusedIt() {
        SQLException batch = new SQLException("Batch entry 0 INSERT INTO inspections … was aborted", "23514");
        batch.setNextException(new SQLException("ERROR: refused by a check", "23514"));
        assertEquals(Optional.of("SQLException: ERROR: refused by a check"),
                FoldRefusal.describe(batch, Dialect.POSTGRES));
    }
}
