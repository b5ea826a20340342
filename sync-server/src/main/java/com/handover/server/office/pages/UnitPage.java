package com.handover.server.office.pages;

import com.handover.model.rectify.Rectification;
import com.handover.model.sync.state.ComplaintState;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.WorkOrderState;
import com.handover.model.warranty.WarrantyTerm;
import com.handover.server.office.OfficePageGroup;
import com.handover.server.office.OfficeParts;
import com.handover.server.office.query.ChecklistNames;
import com.handover.server.office.query.People;
import com.handover.server.office.query.Site;
import com.handover.server.office.query.SiteQueries;
import com.handover.server.office.query.UnitHistory;
import com.handover.server.office.query.UnitQueries;
import com.handover.server.office.web.Ids;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.web.PageContext;
import io.javalin.config.RoutesConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A unit: its timeline, inspections, defects, work orders, complaints, and its warranty per category. */
public final class UnitPage implements OfficePageGroup {

    /** One category's warranty: when it ends for the buyer and for the contractor, and why. */
    public record WarrantyLine(String category, String name, LocalDate buyerExpiry, LocalDate contractorExpiry,
                               String basis, boolean expired) {
    }

    public record View(Site site, List<UnitQueries.InspectionLine> inspections, List<DefectState> defects,
                       List<WorkOrderState> workOrders, List<ComplaintState> complaints, List<UnitHistory.Event> timeline,
                       LocalDate handover, List<WarrantyLine> warranty, Map<UUID, String> contractors,
                       ChecklistNames names, People people) {

        /** True when the defect may be sent for 整改 from this page. */
        public boolean rectifiable(DefectState d) {
            return Rectification.sendable(workOrders, d);
        }
    }

    @Override
    public void install(RoutesConfig routes, OfficeParts parts) {
        SiteQueries sites = new SiteQueries(parts.components().sites());
        UnitQueries units = new UnitQueries();
        UnitHistory history = new UnitHistory();
        routes.get("/office/units/{id}", ctx -> {
            UUID id = Ids.path(ctx, "id");
            var zone = parts.settings().zone();
            PageContext probe = parts.web().page(ctx, "projects", "unit.title", "");
            ChecklistNames names = parts.names(probe.lang());
            View view = parts.components().db().read(c -> {
                Site site = sites.site(c, id).orElseThrow(OfficeHalt::notFound);
                Map<UUID, String> contractors = units.contractorNames(c);
                LocalDate handover = parts.clocks().handovers().of(c, id).orElse(null);
                List<WarrantyLine> warranty = new ArrayList<>();
                LocalDate today = parts.components().clock().instant().atZone(zone).toLocalDate();
                if (handover != null) {
                    for (WarrantyTerm t : parts.clocks().warranties().terms(c, site.project(), handover)) {
                        warranty.add(new WarrantyLine(t.category(), names.category(t.category(), probe.lang()),
                                t.buyerExpiry(), t.contractorExpiry(), t.basis(probe.locale()),
                                t.buyerExpiry() != null && t.buyerExpiry().isBefore(today)));
                    }
                }
                return new View(site, units.inspections(c, id), units.defects(c, id), units.workOrders(c, id),
                        units.complaints(c, id), history.of(c, id, probe.msg(), contractors, names), handover, warranty,
                        contractors, names, People.load(c));
            });
            PageContext page = parts.web().page(ctx, "projects", "unit.title", view.site().unitLabel());
            parts.web().render(ctx, "unit.jte", page, view);
        });
    }
}
