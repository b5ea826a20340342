package com.handover.mobile.testing;

import com.handover.mobile.MobileComposition;
import com.handover.mobile.photo.AwtImageCodec;
import com.handover.mobile.sync.RetryPolicy;
import com.handover.mobile.sync.SyncApi;
import com.handover.mobile.sync.SyncStatus;
import com.handover.mobile.sync.http.HttpClients;
import com.handover.mobile.sync.http.OkHttpSyncApi;
import com.handover.mobile.ui.AppContext;
import com.handover.mobile.ui.DirectTaskRunner;
import com.handover.mobile.ui.TaskRunner;
import com.handover.model.sync.ReplicaSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Random;

/**
 * A phone for end-to-end tests: the real composition over its own folder, real HTTP to a {@link LiveServer}, the
 * real clock (the server's clock is real too), a fake camera, and retries that do not wait.
 */
public final class LiveDevice implements AutoCloseable {

    public final Path folder;
    public final RecordingSleeper sleeper = new RecordingSleeper();
    public final FakePhotoSource camera = new FakePhotoSource();
    public final RecordingNavigation navigation = new RecordingNavigation();
    public final MobileComposition composition;

    public LiveDevice(Path folder, String deviceName) {
        this(folder, deviceName, new DirectTaskRunner());
    }

    public LiveDevice(Path folder, String deviceName, TaskRunner tasks) {
        this(folder, deviceName, tasks, new OkHttpSyncApi(HttpClients.create()));
    }

    public LiveDevice(Path folder, String deviceName, TaskRunner tasks, SyncApi api) {
        this.folder = folder;
        this.composition = MobileComposition.open(folder, api, camera,
                new AwtImageCodec(), tasks, Clock.system(ZoneId.of("Asia/Shanghai")),
                new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), new Random(11), sleeper), deviceName);
    }

    public AppContext app() {
        return composition.context();
    }

    /** Signs in and fetches the reference data. */
    public LiveDevice signIn(LiveServer server, String username) throws Exception {
        app().session().signIn(server.url(), username, server.password(username));
        app().sync().refreshReference();
        return this;
    }

    public SyncStatus sync() {
        return app().sync().syncNow();
    }

    public ReplicaSnapshot snapshot() {
        return app().replica().read(s -> s.snapshot());
    }

    @Override
    public void close() {
        composition.close();
    }
}
