package com.handover.mobile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.photo.AwtImageCodec;
import com.handover.mobile.store.PulledOperation;
import com.handover.mobile.store.sqlite.SqliteDatabase;
import com.handover.mobile.store.sqlite.SqliteOperationLog;
import com.handover.mobile.sync.RetryPolicy;
import com.handover.mobile.sync.http.HttpClients;
import com.handover.mobile.sync.http.OkHttpSyncApi;
import com.handover.mobile.testing.FakePhotoSource;
import com.handover.mobile.testing.HeapInUse;
import com.handover.mobile.testing.Fixtures;
import com.handover.mobile.testing.RecordingSleeper;
import com.handover.mobile.testing.TestDevice;
import com.handover.mobile.ui.DirectTaskRunner;
import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A closed composition lets go of its replica even while something still holds the composition itself (as the app
 * shell, a lifecycle callback or a test's field would): opening and closing one over a 40,000-operation replica
 * several times, keeping every closed one, must not grow the heap by anything like a replica each time.
 */
class CompositionReleaseTest {

    static final int OPERATIONS = 40_000;
    static final int ROUNDS = 5;
    static final long MIB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void closedCompositionsHoldNoReplicaInMemory() {
        seed(dir.resolve("replica.db"));
        List<MobileComposition> closed = new ArrayList<>();

        long before = HeapInUse.afterCollection();
        MobileComposition first = open();
        assertEquals(OPERATIONS, operationsHeld(first));
        long oneReplica = HeapInUse.afterCollection() - before;
        first.close();
        closed.add(first);
        long baseline = HeapInUse.afterCollection();

        for (int i = 0; i < ROUNDS; i++) {
            MobileComposition c = open();
            assertEquals(OPERATIONS, operationsHeld(c));
            c.close();
            closed.add(c);
        }
        long after = HeapInUse.afterCollection();
        long growth = after - baseline;
        System.out.printf("heap: before %d MiB, one open replica of %d operations %d MiB, after the first close %d MiB,"
                        + " after %d more open/close rounds (all kept) %d MiB, growth %d MiB%n",
                before / MIB, OPERATIONS, oneReplica / MIB, baseline / MIB, ROUNDS, after / MIB, growth / MIB);

        assertTrue(oneReplica > 8 * MIB, "the replica must be big enough for a leak to show: " + oneReplica / MIB + " MiB");
        assertTrue(growth < oneReplica / 2, "the heap grew by " + growth / MIB + " MiB over " + ROUNDS
                + " closed compositions; one open replica takes " + oneReplica / MIB + " MiB");
        assertThrows(IllegalStateException.class, closed.get(0)::context);
        assertEquals(ROUNDS + 1, closed.size());
    }

    private MobileComposition open() {
        return MobileComposition.open(dir, new OkHttpSyncApi(HttpClients.create()), new FakePhotoSource(),
                new AwtImageCodec(), new DirectTaskRunner(), TestDevice.CLOCK,
                new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1), new Random(1), new RecordingSleeper()),
                "release-test");
    }

    private static int operationsHeld(MobileComposition c) {
        return c.context().replica().read(s -> s.inspections().keySet().stream()
                .mapToInt(id -> s.operationsOf(com.handover.model.sync.EntityKind.INSPECTION, id).size()).sum());
    }

    /** 100 inspections of 200 operations each, stored as pulled from the server in pages of 1,000. */
    private static void seed(Path file) {
        try (SqliteDatabase db = SqliteDatabase.open(file)) {
            SqliteOperationLog log = new SqliteOperationLog(db);
            List<PulledOperation> page = new ArrayList<>();
            long position = 0;
            long wall = TestDevice.CLOCK.millis() - Duration.ofDays(30).toMillis();
            for (int i = 0; i < OPERATIONS / 200; i++) {
                UUID inspection = UUID.randomUUID();
                page.add(new PulledOperation(++position, new Operation(UUID.randomUUID(), OperationType.INSPECTION_STARTED,
                        inspection, new Hlc(++wall, 0, "seed-device"), "inspector1", "seed-device", null,
                        new InspectionOps.Started(Fixtures.unit1201().id(), InspectionKind.HANDOVER, "FINISHED", 1,
                                List.of("LIVING"), List.of()))));
                for (int k = 1; k < 200; k++) {
                    page.add(new PulledOperation(++position, new Operation(UUID.randomUUID(),
                            OperationType.INSPECTION_ITEM_RECORDED, inspection, new Hlc(++wall, 0, "seed-device"),
                            "inspector1", "seed-device", null, new InspectionOps.ItemRecorded("LIVING",
                            "F-LIVING-WALL_FLAT", ItemResult.PASS, (double) (k % 4), null))));
                }
                if (page.size() >= 1000) {
                    log.appendPulled(page, Long.toString(position));
                    page.clear();
                }
            }
            if (!page.isEmpty()) {
                log.appendPulled(page, Long.toString(position));
            }
        }
    }
}
