package com.handover.mobile.ui.common;

import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.sync.SyncEngine;
import com.handover.mobile.sync.SyncScheduler;
import com.handover.mobile.sync.SyncStatus;
import com.handover.mobile.ui.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The sync status line shown on every screen, and the "sync now" command. */
public final class SyncStatusViewModel {

    private final SyncScheduler scheduler;
    private final Clock clock;
    private final ObjectProperty<SyncStatus> status = new SimpleObjectProperty<>(SyncStatus.NEVER);
    private final BooleanProperty signedIn = new SimpleBooleanProperty(true);

    public SyncStatusViewModel(SyncEngine engine, SyncScheduler scheduler, TaskRunner tasks, Clock clock) {
        this.scheduler = scheduler;
        this.clock = clock;
        engine.addListener(s -> tasks.ui(() -> status.set(s)));
    }

    public ReadOnlyObjectProperty<SyncStatus> statusProperty() {
        return status;
    }

    /** Whether somebody is signed in: after signing out the line says so, not that a sign-in expired. */
    public BooleanProperty signedInProperty() {
        return signedIn;
    }

    /** Records and photos not yet on the server. */
    public int waiting() {
        return status.get().operationsWaiting() + status.get().photosWaiting();
    }

    public void syncNow() {
        scheduler.requestNow();
    }

    /** The line to show: a problem first, else what is waiting, else when the last sync was. */
    public UserMessage line() {
        SyncStatus s = status.get();
        if (!signedIn.get()) {
            return s.operationsWaiting() + s.photosWaiting() > 0
                    ? UserMessage.of("sync.signedOutWaiting", s.operationsWaiting(), s.photosWaiting())
                    : UserMessage.of("sync.signedOut");
        }
        if (s.running()) {
            return UserMessage.of("sync.running");
        }
        if (s.problem() != null) {
            return s.problem();
        }
        if (s.operationsWaiting() > 0 || s.photosWaiting() > 0) {
            return UserMessage.of("sync.waiting", s.operationsWaiting(), s.photosWaiting());
        }
        if (s.lastSyncAt() == null) {
            return UserMessage.of("sync.never");
        }
        long minutes = Duration.between(s.lastSyncAt(), clock.instant()).toMinutes();
        return minutes < 1 ? UserMessage.of("sync.justNow") : UserMessage.of("sync.minutesAgo", minutes);
    }

    public boolean problem() {
        return signedIn.get() && status.get().problem() != null;
    }
}
