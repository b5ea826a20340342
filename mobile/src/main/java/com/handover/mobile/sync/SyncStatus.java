package com.handover.mobile.sync;

import com.handover.mobile.i18n.UserMessage;
import java.time.Instant;

/**
 * What a person needs to know about sync: when it last succeeded, what is still waiting on this device, and the
 * last problem in words they can act on (null when there is none).
 */
public record SyncStatus(boolean running, Instant lastSyncAt, int operationsWaiting, int photosWaiting,
                         int rejectedOperations, UserMessage problem) {

    public static final SyncStatus NEVER = new SyncStatus(false, null, 0, 0, 0, null);

    public SyncStatus withRunning(boolean value) {
        return new SyncStatus(value, lastSyncAt, operationsWaiting, photosWaiting, rejectedOperations, problem);
    }
}
