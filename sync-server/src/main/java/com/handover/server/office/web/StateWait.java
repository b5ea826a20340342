package com.handover.server.office.web;

import com.handover.server.store.StateStore;
import com.handover.server.sync.StateFolder;
import io.javalin.http.Context;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

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
    private final Function<Collection<UUID>, Map<UUID, String>> unitLabels;

    /** @param unitLabels names units as the console's lists do */
    public StateWait(StateFolder folder, Function<Collection<UUID>, Map<UUID, String>> unitLabels) {
        this.folder = folder;
        this.unitLabels = unitLabels;
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
            ctx.attribute(SET_ASIDE_ATTRIBUTE, new UnitsSetAside(setAside,
                    unitLabels.apply(setAside.stream().map(StateStore.UnitSetAside::unitId).toList())));
        }
    }
}
