package com.handover.mobile.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.handover.mobile.store.sqlite.SqliteDatabase;
import com.handover.mobile.store.sqlite.SqliteOperationLog;
import com.handover.mobile.testing.Fixtures;
import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.Payload;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phone's app may not be allowed to write to the system's temporary directory, and a file made and deleted for
 * each tap costs the inspector time: the replica keeps SQLite's scratch data in memory.
 */
class SqliteTemporaryFilesTest {

    @TempDir
    Path dir;

    @TempDir
    Path sqliteTemporaryDirectory;

    @Test
    void recordingAnInspectionMakesNoTemporaryFile() throws Exception {
        List<String> made = new ArrayList<>();
        try (Connection anyConnection = DriverManager.getConnection("jdbc:sqlite::memory:");
             WatchService watcher = FileSystems.getDefault().newWatchService()) {
            // The directory is SQLite's for the whole process; it is set back before the test ends.
            temporaryDirectory(anyConnection, sqliteTemporaryDirectory.toString());
            try {
                sqliteTemporaryDirectory.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
                try (SqliteDatabase db = SqliteDatabase.open(dir.resolve("replica.db"))) {
                    recordInspection(new SqliteOperationLog(db), 60);
                }
                WatchKey key = watcher.poll(200, TimeUnit.MILLISECONDS);
                if (key != null) {
                    key.pollEvents().forEach(e -> made.add(String.valueOf(e.context())));
                }
            } finally {
                temporaryDirectory(anyConnection, "");
            }
        }
        assertEquals(List.of(), made, "files SQLite made in its temporary directory");
    }

    /** An inspection started and its items recorded one tap at a time, each in a transaction of its own. */
    private static void recordInspection(SqliteOperationLog log, int items) {
        UUID inspection = UUID.randomUUID();
        log.appendLocal(op(inspection, 1, OperationType.INSPECTION_STARTED, new InspectionOps.Started(
                Fixtures.unit1201().id(), InspectionKind.HANDOVER, "FINISHED", 1, List.of("LIVING"), List.of())));
        for (int i = 0; i < items; i++) {
            log.appendLocal(op(inspection, 2 + i, OperationType.INSPECTION_ITEM_RECORDED,
                    new InspectionOps.ItemRecorded("LIVING", "ITEM-" + i, ItemResult.PASS, null, null)));
        }
    }

    private static Operation op(UUID entity, long wall, OperationType type, Payload payload) {
        return new Operation(UUID.randomUUID(), type, entity, new Hlc(wall, 0, "dev1"), "inspector1", "dev1", null,
                payload);
    }

    private static void temporaryDirectory(Connection c, String path) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA temp_store_directory = '" + path.replace("'", "''") + "'");
        }
    }
}
