package com.handover.mobile.testing;

import com.handover.mobile.ui.DirectTaskRunner;
import com.handover.mobile.ui.TaskRunner;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;

/** For UI tests: work runs at once on the calling (FX) thread; UI updates from other threads go to the FX thread. */
public final class FxDirectTaskRunner implements TaskRunner {

    private final DirectTaskRunner direct = new DirectTaskRunner();

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onDone, Consumer<Throwable> onError) {
        direct.run(work, onDone, onError);
    }

    @Override
    public void ui(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
