package com.handover.server.office;

import com.handover.server.Components;
import com.handover.server.auth.User;
import com.handover.server.clock.ClockServices;
import com.handover.server.config.OfficeSettings;
import com.handover.server.office.query.ChecklistNames;
import com.handover.server.office.repair.board.WorkOrderBoard;
import com.handover.server.office.repair.common.CommonDefects;
import com.handover.server.office.repair.contractors.Scorecard;
import com.handover.server.office.repair.intake.IntakeService;
import com.handover.server.office.repair.rectify.RectifyService;
import com.handover.server.office.session.OfficeSession;
import com.handover.server.office.session.SessionService;
import com.handover.server.office.web.Lang;
import com.handover.server.office.web.OfficeWeb;
import com.handover.server.reference.TemplateStore;
import io.javalin.http.Context;

/**
 * What console pages are built from, built once per node: the server node's components (with its clocks and
 * checklist templates), the console's sessions and web helpers, and the services behind the repair pages.
 */
public record OfficeParts(Components components, OfficeSettings settings, SessionService sessions, OfficeWeb web,
                          IntakeService intake, WorkOrderBoard board, Scorecard scorecard,
                          CommonDefects commonDefects, RectifyService rectify) {

    public static OfficeParts of(Components c, SessionService sessions, OfficeWeb web) {
        ClockServices clocks = c.clocks();
        return new OfficeParts(c, c.config().office(), sessions, web,
                new IntakeService(c, clocks, c.templateStore()), new WorkOrderBoard(c, clocks.repairClock()),
                new Scorecard(c, clocks.repairClock()), new CommonDefects(c), new RectifyService(c));
    }

    /** The warranty and repair clocks of this node. */
    public ClockServices clocks() {
        return components.clocks();
    }

    /** The checklist templates, bundled and published. */
    public TemplateStore templates() {
        return components.templateStore();
    }

    /** Names of rooms, items, trades and categories from the templates as published now. */
    public ChecklistNames names() {
        return new ChecklistNames(templates().catalog());
    }

    /** The same names, in the page's language. */
    public ChecklistNames names(Lang lang) {
        return new ChecklistNames(templates().catalog(), lang);
    }

    /** The signed-in office user, as the actor of the operations the server writes for them. */
    public User actor(Context ctx) {
        OfficeSession s = web.session(ctx);
        return new User(s.username(), s.displayName(), s.role());
    }
}
