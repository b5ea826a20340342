package com.handover.mobile.testing;

import com.handover.mobile.MobileComposition;
import com.handover.mobile.photo.AwtImageCodec;
import com.handover.mobile.sync.RetryPolicy;
import com.handover.mobile.sync.http.HttpClients;
import com.handover.mobile.sync.http.OkHttpSyncApi;
import com.handover.mobile.ui.AppContext;
import com.handover.mobile.ui.DirectTaskRunner;
import com.handover.mobile.ui.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;
import okhttp3.mockwebserver.MockWebServer;

/**
 * A device for tests: the real composition on a temporary folder, talking HTTP to a MockWebServer that runs
 * {@link ProtocolDispatcher}, with a fake camera and no real waiting between retries.
 */
public final class TestDevice implements AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    public final Path folder;
    public final MockWebServer server;
    public final ProtocolDispatcher dispatcher;
    public final RecordingSleeper sleeper = new RecordingSleeper();
    public final FakePhotoSource camera = new FakePhotoSource();
    public final MobileComposition composition;

    public TestDevice(Path folder, MockWebServer server, ProtocolDispatcher dispatcher, TaskRunner tasks) {
        this.folder = folder;
        this.server = server;
        this.dispatcher = dispatcher;
        this.composition = MobileComposition.open(folder, new OkHttpSyncApi(HttpClients.create()), camera,
                new AwtImageCodec(), tasks, CLOCK,
                new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(5), new Random(7), sleeper), "test-device");
    }

    public static TestDevice start(Path folder) throws Exception {
        MockWebServer server = new MockWebServer();
        ProtocolDispatcher dispatcher = new ProtocolDispatcher().user("inspector1", "secret").user("maint1", "secret");
        server.setDispatcher(dispatcher);
        server.start();
        return new TestDevice(folder, server, dispatcher, new DirectTaskRunner());
    }

    public String url() {
        return server.url("/").toString();
    }

    public AppContext app() {
        return composition.context();
    }

    /** Signs in and fetches the reference data. */
    public TestDevice signIn(String user) throws Exception {
        app().session().signIn(url(), user, "secret");
        app().sync().refreshReference();
        return this;
    }

    @Override
    public void close() throws Exception {
        composition.close();
        server.shutdown();
    }
}
