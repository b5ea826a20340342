package com.handover.mobile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.handover.mobile.photo.AwtImageCodec;
import com.handover.mobile.store.ReferenceData;
import com.handover.mobile.sync.RetryPolicy;
import com.handover.mobile.sync.http.HttpClients;
import com.handover.mobile.sync.http.OkHttpSyncApi;
import com.handover.mobile.testing.FakePhotoSource;
import com.handover.mobile.testing.Fixtures;
import com.handover.mobile.testing.RecordingSleeper;
import com.handover.mobile.testing.TestDevice;
import com.handover.mobile.ui.DirectTaskRunner;
import com.handover.model.Severity;
import com.handover.model.WorkOrderSource;
import com.handover.model.WorkOrderStatus;
import com.handover.model.sla.SlaFigures;
import com.handover.model.sla.SlaPolicy;
import com.handover.model.sync.state.WorkOrderState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app counts on-site deadlines with the figures the server sent, not with figures of its own. */
class ServerDeadlineFiguresTest {

    static final Instant REPORTED = Instant.parse("2026-11-02T01:00:00Z");

    @TempDir
    Path dir;

    @Test
    void deadlinesFollowTheServersFiguresAndSurviveARestart() {
        WorkOrderState order = order(50_000);
        try (MobileComposition phone = open()) {
            assertEquals(REPORTED.plus(Duration.ofHours(24)), phone.deadlines().onSiteDeadline(order).orElseThrow(),
                    "before any sync: the seed's 24 h");
            SlaPolicy configured = new SlaPolicy(100_000L, Duration.ofHours(12), Duration.ofHours(30), 200, 100,
                    Duration.ofHours(24), Duration.ofHours(24), Duration.ofDays(7), ZoneId.of("Asia/Shanghai"));
            ReferenceData base = Fixtures.reference();
            phone.context().reference().replace(new ReferenceData(base.projects(), base.buildings(), base.unitTypes(),
                    base.units(), base.contractors(), base.templates(), SlaFigures.of(configured)));
            assertEquals(REPORTED.plus(Duration.ofHours(12)), phone.deadlines().onSiteDeadline(order).orElseThrow());
        }
        try (MobileComposition phone = open()) {
            assertEquals(REPORTED.plus(Duration.ofHours(30)),
                    phone.deadlines().onSiteDeadline(order(150_000)).orElseThrow(), "stored with the reference data");
        }
    }

    private MobileComposition open() {
        return MobileComposition.open(dir, new OkHttpSyncApi(HttpClients.create()), new FakePhotoSource(),
                new AwtImageCodec(), new DirectTaskRunner(), TestDevice.CLOCK,
                new RetryPolicy(1, Duration.ofMillis(1), Duration.ofMillis(1), new Random(1), new RecordingSleeper()),
                "deadline-test");
    }

    private static WorkOrderState order(long estimatedFen) {
        return new WorkOrderState(UUID.randomUUID(), Fixtures.unit1201().id(), WorkOrderSource.OWNER_REPORT, null,
                null, "BATHROOM-1", "下水管渗水", Severity.NORMAL, "PIPE_LEAK", estimatedFen, false, REPORTED,
                WorkOrderStatus.ASSIGNED, null, null, false, null, null, null, null, null, List.of(), List.of(),
                Map.of(), null, null, null, null, "office", null, null, null, null);
    }
}
