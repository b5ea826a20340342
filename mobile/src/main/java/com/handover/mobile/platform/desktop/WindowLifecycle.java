package com.handover.mobile.platform.desktop;

import com.handover.mobile.platform.AppLifecycle;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The desktop's pause and resume: the window being minimised and restored. */
public final class WindowLifecycle implements AppLifecycle {

    private final Supplier<Window> window;

    public WindowLifecycle(Supplier<Window> window) {
        this.window = window;
    }

    @Override
    public void onPause(Runnable action) {
        if (window.get() instanceof Stage stage) {
            stage.iconifiedProperty().addListener((o, was, now) -> {
                if (now) {
                    action.run();
                }
            });
        }
    }

    @Override
    public void onResume(Runnable action) {
        if (window.get() instanceof Stage stage) {
            stage.iconifiedProperty().addListener((o, was, now) -> {
                if (!now) {
                    action.run();
                }
            });
        }
    }
}
