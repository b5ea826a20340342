package com.handover.mobile.testing;

import com.handover.mobile.sync.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the waits the retry policy asked for instead of sleeping. */
public final class RecordingSleeper implements Sleeper {

    public final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        waits.add(duration);
    }
}
