package com.handover.mobile.testing;

import com.handover.mobile.platform.CapturedImage;
import com.handover.mobile.platform.PhotoSource;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicInteger;

/** A camera that returns a fresh 3000x2000 JPEG on every shot. */
public final class FakePhotoSource implements PhotoSource {

    private final AtomicInteger shots = new AtomicInteger();

    @Override
    public void capture(Origin origin, Consumer<CapturedImage> then) {
        int n = shots.incrementAndGet();
        then.accept(new CapturedImage(Fixtures.jpeg(3000, 2000, n), Instant.parse("2026-06-01T02:30:00Z")));
    }

    public int shots() {
        return shots.get();
    }
}
