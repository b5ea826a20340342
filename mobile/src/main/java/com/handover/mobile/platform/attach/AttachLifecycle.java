package com.handover.mobile.platform.attach;

import com.gluonhq.attach.lifecycle.LifecycleEvent;
import com.gluonhq.attach.lifecycle.LifecycleService;
import com.handover.mobile.platform.AppLifecycle;

/** Attach Lifecycle: PAUSE when the app leaves the screen, RESUME when it comes back. */
public final class AttachLifecycle implements AppLifecycle {

    @Override
    public void onPause(Runnable action) {
        LifecycleService.create().ifPresent(s -> s.addListener(LifecycleEvent.PAUSE, action));
    }

    @Override
    public void onResume(Runnable action) {
        LifecycleService.create().ifPresent(s -> s.addListener(LifecycleEvent.RESUME, action));
    }
}
