package com.handover.mobile.store;

import com.handover.model.sync.Hlc;
import java.util.Optional;

/** The highest hybrid-clock value the device issued or received, so time never goes backwards across restarts. */
public interface ClockStore {

    Optional<Hlc> lastClock();

    /** Keeps {@code value} if it is later than the one stored. */
    void saveClock(Hlc value);
}
