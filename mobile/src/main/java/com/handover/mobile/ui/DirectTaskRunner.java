package com.handover.mobile.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs work and its continuation at once on the calling thread. */
public final class DirectTaskRunner implements TaskRunner {

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onDone, Consumer<Throwable> onError) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onError.accept(e);
            return;
        }
        onDone.accept(result);
    }

    @Override
    public void ui(Runnable action) {
        action.run();
    }
}
