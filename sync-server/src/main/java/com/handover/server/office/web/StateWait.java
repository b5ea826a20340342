package com.handover.server.office.web;

import com.handover.server.store.StateStore;
import com.handover.server.sync.StateFolder;
import io.javalin.http.Context;
import java.util.List;

/**
 * Runs before every console page: the pages read the state tables, which the server folds from the log just
 * after each push has answered, so a page first waits (up to {@value #WAIT_MILLIS} ms) until they hold everything
 * the log had when the request came. When they cannot catch up in that time, the page is shown as it is and says
 * how far behind it is ({@link PageContext#stateLag()}). A page also names the units whose operations the state
 * tables could not fold ({@link PageContext#unitsSetAside()}).
 */
public final class StateWait {

    static final String LAG_ATTRIBUTE = "office.stateLag";
    static final String SET_ASIDE_ATTRIBUTE = "office.unitsSetAside";

    /** Longest a page waits for the state tables before it is shown with what they hold. */
    static final long WAIT_MILLIS = 3_000;

    private final StateFolder folder;

    public StateWait(StateFolder folder) {
        this.folder = folder;
    }

    public void before(Context ctx) {
        if (ctx.path().startsWith("/office/static/")) {
            return;
        }
        if (!folder.awaitCaughtUp(WAIT_MILLIS)) {
            StateFolder.Lag lag = folder.lag();
            if (lag.behind()) {
                ctx.attribute(LAG_ATTRIBUTE, lag);
            }
        }
        List<StateStore.UnitSetAside> setAside = folder.unitsSetAside();
        if (!setAside.isEmpty()) {
            ctx.attribute(SET_ASIDE_ATTRIBUTE, setAside);
        }
    }
}
