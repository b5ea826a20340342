package com.handover.server.office.query;

import com.handover.model.site.Building;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;

/** A unit with its building and project: where a record is, for headings and links. */
public record Site(Project project, Building building, Unit unit) {

    /** e.g. "2号楼 1203". */
    public String unitLabel() {
        return building.name() + " " + unit.number();
    }
}
