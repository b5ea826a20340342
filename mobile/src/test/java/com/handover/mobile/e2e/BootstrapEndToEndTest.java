package com.handover.mobile.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.mobile.sync.SyncStatus;
import com.handover.mobile.testing.CountingSyncApi;
import com.handover.mobile.testing.LiveDevice;
import com.handover.mobile.testing.LiveServer;
import com.handover.mobile.ui.DirectTaskRunner;
import com.handover.model.InspectionKind;
import com.handover.model.ItemResult;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.testing.SnapshotDiff;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phone's first sync installs the server's snapshot of its scope; it must end exactly where a phone that paged
 * through the whole pull ends, keep its own unsent work, and never hold half a snapshot.
 */
class BootstrapEndToEndTest {

    @TempDir
    Path dir;
    LiveServer server;
    final List<AutoCloseable> devices = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = LiveServer.start(dir.resolve("server"));
        LiveDevice writer = device("writer", new CountingSyncApi(true)).signIn(server, LiveServer.SECOND_INSPECTOR);
        record(writer, LiveServer.unit("1-101"), 1300);
        assertNull(writer.sync().problem());
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable d : devices) {
            d.close();
        }
        server.close();
    }

    private LiveDevice device(String name, CountingSyncApi api) {
        LiveDevice d = new LiveDevice(dir.resolve(name), name, new DirectTaskRunner(), api);
        devices.add(d);
        return d;
    }

    /** A handover of the unit with {@code items} answers, saved on the phone. */
    private static void record(LiveDevice d, UUID unit, int items) {
        UUID inspection = UUID.randomUUID();
        d.app().replica().record(OperationType.INSPECTION_STARTED, inspection, new InspectionOps.Started(unit,
                InspectionKind.HANDOVER, "FINISHED", 1, List.of("LIVING"), List.of()));
        for (int i = 0; i < items; i++) {
            d.app().replica().record(OperationType.INSPECTION_ITEM_RECORDED, inspection, new InspectionOps.ItemRecorded(
                    "LIVING", "F-LIVING-WALL_FLAT", i % 7 == 0 ? ItemResult.FAIL : ItemResult.PASS, (double) i, null));
        }
    }

    private static int operations(LiveDevice d) {
        return d.app().replica().read(s -> s.operationCount());
    }

    @Test
    void aPhoneInstalledFromTheSnapshotEqualsOneThatPulledEverythingAndThenPullsOnlyTheTail() throws Exception {
        CountingSyncApi snapshotApi = new CountingSyncApi(true);
        CountingSyncApi olderServerApi = new CountingSyncApi(false);
        LiveDevice installed = device("installed", snapshotApi).signIn(server, "inspector");
        LiveDevice pulled = device("pulled", olderServerApi).signIn(server, "inspector");
        assertNull(installed.sync().problem());
        assertNull(pulled.sync().problem());

        assertEquals(1, snapshotApi.bootstraps.get());
        assertEquals(1, snapshotApi.pulls.get(), "after the snapshot only the (empty) tail is pulled");
        assertTrue(olderServerApi.pulls.get() >= 2, "without a bootstrap the whole log is paged through");
        assertTrue(operations(installed) > 1300);
        assertEquals(operations(pulled), operations(installed));
        SnapshotDiff.assertSame(pulled.snapshot(), installed.snapshot());

        LiveDevice writer = (LiveDevice) devices.get(0);
        record(writer, LiveServer.unit("1-102"), 5);
        assertNull(writer.sync().problem());
        assertNull(installed.sync().problem());
        assertNull(pulled.sync().problem());
        assertEquals(1, snapshotApi.bootstraps.get(), "a phone that holds a cursor never bootstraps again");
        SnapshotDiff.assertSame(pulled.snapshot(), installed.snapshot());
        SnapshotDiff.assertSame(writer.snapshot(), installed.snapshot());
    }

    @Test
    void workSavedBeforeTheFirstSyncIsPushedThenComesBackInTheSnapshotOnceAndCountsAsSynced() throws Exception {
        LiveDevice early = device("early", new CountingSyncApi(true)).signIn(server, "inspector");
        record(early, LiveServer.unit("1-103"), 3);
        SyncStatus status = early.sync();
        assertNull(status.problem());
        assertEquals(0, status.operationsWaiting());
        LiveDevice pulled = device("pulled", new CountingSyncApi(false)).signIn(server, "inspector");
        assertNull(pulled.sync().problem());
        assertEquals(operations(pulled), operations(early), "own operations are not held twice");
        SnapshotDiff.assertSame(pulled.snapshot(), early.snapshot());
    }

    @Test
    void aSnapshotCutShortLeavesTheReplicaEmptyAndTheNextRoundInstallsItWhole() throws Exception {
        CountingSyncApi api = new CountingSyncApi(true);
        api.snapshotsToCut.set(Integer.MAX_VALUE);
        LiveDevice cut = device("cut", api).signIn(server, "inspector");
        SyncStatus failed = cut.sync();
        assertTrue(failed.problem() != null, "the round reports the failure");
        assertEquals(3, api.bootstraps.get(), "each of the round's three tries downloads the snapshot again");
        assertEquals(0, operations(cut), "no page of a cut snapshot is kept");
        cut.close();
        devices.remove(cut);

        CountingSyncApi again = new CountingSyncApi(true);
        LiveDevice reopened = device("cut", again).signIn(server, "inspector");
        assertEquals(0, operations(reopened), "nothing of the cut snapshot was stored");
        assertNull(reopened.sync().problem());
        assertEquals(1, again.bootstraps.get(), "with no cursor stored the phone bootstraps again");
        LiveDevice pulled = device("pulled", new CountingSyncApi(false)).signIn(server, "inspector");
        assertNull(pulled.sync().problem());
        SnapshotDiff.assertSame(pulled.snapshot(), reopened.snapshot());
    }

    @Test
    void aSnapshotCutShortOnceIsDownloadedAgainInTheSameRound() throws Exception {
        CountingSyncApi api = new CountingSyncApi(true);
        api.snapshotsToCut.set(1);
        LiveDevice retried = device("retried", api).signIn(server, "inspector");
        assertNull(retried.sync().problem());
        assertEquals(2, api.bootstraps.get());
        LiveDevice pulled = device("pulled", new CountingSyncApi(false)).signIn(server, "inspector");
        assertNull(pulled.sync().problem());
        assertEquals(operations(pulled), operations(retried), "the cut first page is not held twice");
        SnapshotDiff.assertSame(pulled.snapshot(), retried.snapshot());
    }
}
