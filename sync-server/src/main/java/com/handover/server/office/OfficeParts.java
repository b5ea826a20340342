package com.handover.server.office;

import com.handover.model.sla.SlaPolicy;
import com.handover.server.Components;
import com.handover.server.office.query.ChecklistNames;
import com.handover.server.office.repair.templates.TemplateStore;
import com.handover.server.office.session.SessionService;
import com.handover.server.office.web.OfficeSettings;
import com.handover.server.office.web.OfficeWeb;

/**
 * What console pages are built from: the server node's components, the console's own services, the SLA
 * figures in force and the checklist templates (bundled and published).
 */
public record OfficeParts(Components components, OfficeSettings settings, SessionService sessions, OfficeWeb web,
                          SlaPolicy sla, TemplateStore templates) {

    /** Names of rooms, items, trades and categories from the templates as published now. */
    public ChecklistNames names() {
        return new ChecklistNames(templates.catalog());
    }
}
