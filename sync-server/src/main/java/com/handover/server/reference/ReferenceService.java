package com.handover.server.reference;

import com.handover.model.site.Building;
import com.handover.model.site.Contractor;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.site.UnitType;
import com.handover.model.sla.SlaFigures;
import com.handover.model.sla.SlaPolicy;
import com.handover.server.auth.Principal;
import com.handover.server.store.Database;
import com.handover.server.store.SiteStore;
import com.handover.server.store.StateStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The reference data a user may see: inspectors their projects in full; maintenance workers the projects of
 * their work orders with only those orders' units; office and admin everything.
 */
public final class ReferenceService {

    public record ProjectData(Project project, List<Building> buildings, List<UnitType> unitTypes, List<Unit> units) {
    }

    /** {@code sla}: the repair-deadline figures in force, so devices count the deadlines the server counts. */
    public record ReferenceData(List<ProjectData> projects, List<Contractor> contractors,
                                List<TemplateCatalog.TemplateRef> templates, SlaFigures sla) {
    }

    private final Database db;
    private final SiteStore sites;
    private final StateStore state;
    private final TemplateCatalog templates;
    private final SlaFigures sla;

    public ReferenceService(Database db, SiteStore sites, StateStore state, TemplateCatalog templates,
                            SlaPolicy sla) {
        this.sla = SlaFigures.of(sla);
        this.db = db;
        this.sites = sites;
        this.state = state;
        this.templates = templates;
    }

    public ReferenceData forUser(Principal principal) {
        return db.read(c -> {
            List<ProjectData> out = new ArrayList<>();
            switch (principal.role()) {
                case OFFICE, ADMIN -> {
                    for (Project p : sites.projects(c)) {
                        out.add(new ProjectData(p, sites.buildings(c, p.id()), sites.unitTypes(c, p.id()),
                                sites.units(c, p.id())));
                    }
                }
                case INSPECTOR, SUPERVISOR, PROJECT_DEPARTMENT -> {
                    Set<UUID> assigned = new HashSet<>(sites.assignedProjects(c, principal.username()));
                    for (Project p : sites.projects(c)) {
                        if (assigned.contains(p.id())) {
                            out.add(new ProjectData(p, sites.buildings(c, p.id()), sites.unitTypes(c, p.id()),
                                    sites.units(c, p.id())));
                        }
                    }
                }
                case MAINTENANCE -> {
                    Set<UUID> unitIds = new HashSet<>(state.workOrdersAssignedTo(c, principal.username()).values());
                    Map<UUID, List<Unit>> byProject = sites.unitsByIds(c, unitIds).stream()
                            .collect(Collectors.groupingBy(Unit::projectId));
                    for (Project p : sites.projects(c)) {
                        List<Unit> units = byProject.get(p.id());
                        if (units != null) {
                            Set<UUID> buildings = units.stream().map(Unit::buildingId).collect(Collectors.toSet());
                            Set<UUID> types = units.stream().map(Unit::unitTypeId).collect(Collectors.toSet());
                            out.add(new ProjectData(p,
                                    sites.buildings(c, p.id()).stream().filter(b -> buildings.contains(b.id())).toList(),
                                    sites.unitTypes(c, p.id()).stream().filter(t -> types.contains(t.id())).toList(),
                                    units));
                        }
                    }
                }
            }
            return new ReferenceData(out, sites.contractors(c), templates.templates(c), sla);
        });
    }
}
