package com.handover.systemtest.bench;

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
import com.handover.systemtest.server.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;

/** The app's composition in this JVM (no screens), with its sync calls timed. */
final class BenchDevice implements AutoCloseable {

    final MobileComposition composition;
    final TimingSyncApi api;

    private BenchDevice(MobileComposition composition, TimingSyncApi api) {
        this.composition = composition;
        this.api = api;
    }

    static BenchDevice open(Path folder, String name) {
        TimingSyncApi api = new TimingSyncApi(new OkHttpSyncApi(HttpClients.create()));
        MobileComposition c = MobileComposition.open(folder, api, (origin, then) -> { }, new AwtImageCodec(),
                new DirectTaskRunner(), Clock.systemUTC(),
                new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(3), new Random(1), Sleeper.REAL), name);
        return new BenchDevice(c, api);
    }

    AppContext app() {
        return composition.context();
    }

    void signIn(String url, String user) throws IOException, ApiException {
        app().session().signIn(url, user, TestSite.PASSWORD);
    }

    SyncStatus sync() {
        SyncStatus s = app().sync().syncNow();
        if (s.problem() != null) {
            throw new IllegalStateException("sync failed: " + s.problem().key() + " " + s);
        }
        return s;
    }

    @Override
    public void close() {
        composition.close();
    }
}
