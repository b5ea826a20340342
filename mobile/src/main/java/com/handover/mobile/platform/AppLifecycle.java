package com.handover.mobile.platform;

/** The app going to the background and coming back (Attach Lifecycle on a phone; window focus on the desktop). */
public interface AppLifecycle {
    void onPause(Runnable action);

    void onResume(Runnable action);
}
