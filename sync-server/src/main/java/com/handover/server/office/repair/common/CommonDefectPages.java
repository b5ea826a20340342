package com.handover.server.office.repair.common;

import com.handover.server.office.OfficeParts;
import com.handover.server.office.query.ChecklistNames;
import com.handover.server.office.repair.Forms;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.web.PageContext;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.UUID;

/** 共性问题: items failing in many units of a building, and the units of one such item. */
public final class CommonDefectPages {

    static final String BASE = "/office/repair/common-defects";

    public record View(int minUnits, List<CommonDefects.Group> groups, CommonDefects.Group selected,
                       List<CommonDefects.AffectedUnit> units, ChecklistNames names) {
    }

    private final OfficeParts parts;

    public CommonDefectPages(OfficeParts parts) {
        this.parts = parts;
    }

    public void install(RoutesConfig routes) {
        routes.get(BASE, this::page);
    }

    private void page(Context ctx) {
        int min;
        try {
            String m = ctx.queryParam("min");
            min = m == null || m.isBlank() ? CommonDefects.DEFAULT_MIN_UNITS : Forms.integer(m, "min", 1, 10_000);
        } catch (Forms.FormException e) {
            min = CommonDefects.DEFAULT_MIN_UNITS;
        }
        PageContext page = parts.web().page(ctx, "common", "commondefects.title");
        List<CommonDefects.Group> groups = parts.commonDefects().groups(min, parts.templates().catalog(), page.zh());
        UUID building = null;
        String item = ctx.queryParam("item");
        try {
            building = Forms.uuid(ctx.queryParam("building"), "building", false);
        } catch (Forms.FormException e) {
            throw OfficeHalt.notFound();
        }
        CommonDefects.Group selected = null;
        List<CommonDefects.AffectedUnit> units = List.of();
        if (building != null && item != null) {
            UUID b = building;
            selected = groups.stream().filter(g -> g.buildingId().equals(b) && g.itemCode().equals(item)).findFirst()
                    .orElse(null);
            units = parts.commonDefects().units(building, item.length() > 64 ? item.substring(0, 64) : item);
        }
        parts.web().render(ctx, "repair/common.jte", page, new View(min, groups, selected, units,
                parts.names(page.lang())));
    }
}
