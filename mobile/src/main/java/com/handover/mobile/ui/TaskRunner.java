package com.handover.mobile.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The executor seam of the view models: work (database, network, image processing) runs off the UI thread and
 * its result comes back on it. Tests use {@link DirectTaskRunner}, which does both on the calling thread.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<? super T> onDone, Consumer<Throwable> onError);

    /** Runs on the UI thread (later, if called from another thread). */
    void ui(Runnable action);
}
