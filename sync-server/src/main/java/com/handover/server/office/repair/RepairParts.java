package com.handover.server.office.repair;

import com.handover.server.Components;
import com.handover.server.auth.User;
import com.handover.server.clock.ClockServices;
import com.handover.server.clock.ClockSettings;
import com.handover.server.office.OfficeParts;
import com.handover.server.office.repair.board.WorkOrderBoard;
import com.handover.server.office.repair.common.CommonDefects;
import com.handover.server.office.repair.contractors.Scorecard;
import com.handover.server.office.repair.intake.IntakeService;
import com.handover.server.office.repair.templates.TemplateStore;
import com.handover.server.office.session.OfficeSession;
import com.handover.server.office.web.OfficeWeb;
import io.javalin.http.Context;

/** The services behind console B's pages (repair, contractors, common defects, templates), built once. */
public record RepairParts(OfficeParts office, ClockServices clocks, TemplateStore templates, IntakeService intake,
                          WorkOrderBoard board, Scorecard scorecard, CommonDefects commonDefects) {

    public static RepairParts of(OfficeParts office, ClockSettings settings) {
        Components c = office.components();
        ClockServices clocks = ClockServices.of(c, settings);
        TemplateStore templates = new TemplateStore(c.db());
        return new RepairParts(office, clocks, templates, new IntakeService(c, clocks, templates),
                new WorkOrderBoard(c, clocks.repairClock()), new Scorecard(c, clocks.repairClock()), new CommonDefects(c));
    }

    public Components components() {
        return office.components();
    }

    public OfficeWeb web() {
        return office.web();
    }

    /** The signed-in office user, as the actor of the operations the server writes for them. */
    public User actor(Context ctx) {
        OfficeSession s = web().session(ctx);
        return new User(s.username(), s.displayName(), s.role());
    }
}
