package com.handover.mobile;

import com.handover.mobile.photo.ImageCodec;
import com.handover.mobile.photo.PhotoLibrary;
import com.handover.mobile.platform.PhotoSource;
import com.handover.mobile.replica.ChecklistLibrary;
import com.handover.mobile.replica.DeviceClock;
import com.handover.mobile.replica.Replica;
import com.handover.mobile.session.SessionManager;
import com.handover.mobile.store.sqlite.SqliteClockStore;
import com.handover.mobile.store.sqlite.SqliteDatabase;
import com.handover.mobile.store.sqlite.SqliteFoldStore;
import com.handover.mobile.store.sqlite.SqliteOperationLog;
import com.handover.mobile.store.sqlite.SqlitePhotoStore;
import com.handover.mobile.store.sqlite.SqliteReferenceStore;
import com.handover.mobile.store.sqlite.SqliteSessionStore;
import com.handover.mobile.store.sqlite.SqliteTemplateStore;
import com.handover.mobile.sync.ApiException;
import com.handover.mobile.sync.RetryPolicy;
import com.handover.mobile.sync.SignInRequiredException;
import com.handover.mobile.sync.SyncApi;
import com.handover.mobile.sync.SyncEngine;
import com.handover.mobile.sync.SyncScheduler;
import com.handover.mobile.ui.AppContext;
import com.handover.mobile.ui.TaskRunner;
import com.handover.mobile.ui.workorders.WorkOrderDeadlines;
import com.handover.model.json.BundledChecklists;
import com.handover.model.sla.RepairSla;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Builds the app's services over one private folder: the replica database, photo files, session, clock, sync.
 * The desktop app, the phone app and the tests all build the same graph; only the seams passed in differ.
 */
public final class MobileComposition implements AutoCloseable {

    /** Sync every minute while the server answers; back off to this when it does not. */
    public static final Duration SYNC_INTERVAL = Duration.ofMinutes(1);
    public static final Duration SYNC_MAX_INTERVAL = Duration.ofMinutes(15);

    /** How long close waits for a sync round in flight to finish before closing the database under it. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final SqliteDatabase db;
    private final ScheduledExecutorService syncThread;
    private final WorkOrderDeadlines deadlines;
    private volatile AppContext context;

    private MobileComposition(SqliteDatabase db, ScheduledExecutorService syncThread, AppContext context,
                              WorkOrderDeadlines deadlines) {
        this.db = db;
        this.syncThread = syncThread;
        this.context = context;
        this.deadlines = deadlines;
    }

    public static MobileComposition open(Path folder, SyncApi api, PhotoSource photoSource, ImageCodec codec,
                                         TaskRunner tasks, Clock clock, RetryPolicy retry, String deviceName) {
        SqliteDatabase db = SqliteDatabase.open(folder.resolve("replica.db"));
        var log = new SqliteOperationLog(db);
        var photoStore = new SqlitePhotoStore(db, folder.resolve("photos"), clock);
        var reference = new SqliteReferenceStore(db);
        var sessions = new SqliteSessionStore(db);
        var deviceClock = new DeviceClock(sessions.deviceId(), clock::millis, new SqliteClockStore(db));
        var session = new SessionManager(api, sessions, log, deviceName, deviceClock::receive);
        var replica = new Replica(log, new SqliteFoldStore(db), deviceClock, () -> session.current().map(s -> s.username())
                .orElseThrow(() -> new IllegalStateException("nobody is signed in on this device")));
        replica.load();
        var checklists = ChecklistLibrary.load(BundledChecklists.catalog(), new SqliteTemplateStore(db, clock));
        var engine = new SyncEngine(api, session, log, photoStore, reference, replica, checklists, retry, clock,
                SyncEngine.DEFAULT_CHUNK);
        ScheduledExecutorService syncThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "handover-sync");
            t.setDaemon(true);
            return t;
        });
        var scheduler = new SyncScheduler(engine, syncThread, SYNC_INTERVAL, SYNC_MAX_INTERVAL);
        var photos = new PhotoLibrary(photoStore, codec, clock.getZone(), sha -> {
            try {
                return engine.downloadPhoto(sha);
            } catch (ApiException | SignInRequiredException e) {
                throw new IOException("the photo " + sha + " could not be downloaded: " + e.getMessage(), e);
            }
        });
        AppContext context = new AppContext(replica, reference, photos, photoSource, session, engine, scheduler,
                checklists, tasks, clock);
        engine.refreshCounts();
        // The figures the server sent with the reference data, read each time so a new sync takes effect.
        WorkOrderDeadlines deadlines = order -> Optional.of(new RepairSla(reference.load().slaPolicy())
                .onSiteDeadline(order.reportedAt(), order.estimatedCostFen(), order.emergency()).due());
        return new MobileComposition(db, syncThread, context, deadlines);
    }

    public AppContext context() {
        AppContext c = context;
        if (c == null) {
            throw new IllegalStateException("the composition is closed");
        }
        return c;
    }

    public WorkOrderDeadlines deadlines() {
        return deadlines;
    }

    /**
     * Stops sync, closes the database and lets go of the replica. Everything the graph handed out may still be
     * referenced from outside (screens, platform lifecycle callbacks, a caller's field holding this object), so
     * the replica drops its state and the services drop their listeners rather than relying on being unreachable.
     */
    @Override
    public synchronized void close() {
        AppContext c = context;
        if (c == null) {
            return;
        }
        context = null;
        c.scheduler().close();
        syncThread.shutdownNow();
        try {
            syncThread.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        c.sync().removeAllListeners();
        c.checklists().removeAllListeners();
        c.replica().close();
        db.close();
    }
}
