package com.handover.server.clock;

import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.sla.Chargeback;
import com.handover.model.sla.DepositDeductionWindow;
import com.handover.model.warranty.ProjectWarrantySettings;
import com.handover.model.warranty.WarrantyCalculator;
import com.handover.model.warranty.WarrantyRules;
import com.handover.server.store.SiteStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The last day of each responsible contractor's own warranty for a work order's item (from 竣工验收 and the
 * category's contractor period, com.handover.model.warranty), read once per request: the window in which a
 * chargeback to its 质保金 may be booked ({@link DepositDeductionWindow}).
 */
public final class ContractorWarrantyEnds {

    /**
     * Whether the window was checked (an order without a warranty category cannot be) and the contractor's
     * last day; a null day with {@code checked} means no period applies, so nothing may be deducted.
     */
    public record Window(boolean checked, LocalDate contractorExpiry) {
        public static final Window UNCHECKED = new Window(false, null);

        /** The chargeback as booked for an order reported on {@code reportDay}. */
        public Chargeback apply(Chargeback computed, LocalDate reportDay) {
            return checked ? DepositDeductionWindow.apply(computed, contractorExpiry, reportDay) : computed;
        }
    }

    private final WarrantyCalculator calculator;
    private final SiteStore sites;

    public ContractorWarrantyEnds(WarrantyRules rules, SiteStore sites) {
        this.calculator = new WarrantyCalculator(rules);
        this.sites = sites;
    }

    public Lookup read(Connection c) {
        return new Lookup(c);
    }

    /** Windows for the orders of one read, each project, building and category computed once. */
    public final class Lookup {
        private final Connection c;
        private final Map<UUID, Optional<Project>> projects = new HashMap<>();
        private final Map<UUID, ProjectWarrantySettings> settings = new HashMap<>();
        private final Map<String, Window> windows = new HashMap<>();
        private final Map<UUID, Map<UUID, LocalDate>> acceptance = new HashMap<>();

        private Lookup(Connection c) {
            this.c = c;
        }

        public Window of(WorkOrderRow w) throws SQLException {
            if (w.warrantyCategory() == null || w.projectId() == null) {
                return Window.UNCHECKED;
            }
            LocalDate accepted = buildingAcceptance(w);
            String key = w.projectId() + "/" + accepted + "/" + w.warrantyCategory();
            Window known = windows.get(key);
            if (known != null) {
                return known;
            }
            Window window = compute(w.projectId(), accepted, w.warrantyCategory());
            windows.put(key, window);
            return window;
        }

        /** The 竣工验收 of the order's building, where the building has its own (a project built in phases). */
        private LocalDate buildingAcceptance(WorkOrderRow w) throws SQLException {
            Map<UUID, LocalDate> byBuilding = acceptance.get(w.projectId());
            if (byBuilding == null) {
                byBuilding = new HashMap<>();
                for (SiteStore.BuildingSetup b : sites.buildingSetups(c, w.projectId())) {
                    if (b.completionAcceptance() != null) {
                        byBuilding.put(b.building().id(), b.completionAcceptance());
                    }
                }
                acceptance.put(w.projectId(), byBuilding);
            }
            if (byBuilding.isEmpty()) {
                return null;
            }
            List<Unit> unit = sites.unitsByIds(c, List.of(w.unitId()));
            return unit.isEmpty() ? null : byBuilding.get(unit.get(0).buildingId());
        }

        private Window compute(UUID projectId, LocalDate buildingAcceptance, String category) throws SQLException {
            Optional<Project> project = projects.get(projectId);
            if (project == null) {
                project = sites.project(c, projectId);
                projects.put(projectId, project);
            }
            if (project.isEmpty()) {
                return Window.UNCHECKED;
            }
            ProjectWarrantySettings s = settings.get(projectId);
            if (s == null) {
                s = sites.warrantySettings(c, projectId);
                settings.put(projectId, s);
            }
            try {
                return new Window(true, calculator.contractorExpiry(project.get().forBuilding(buildingAcceptance), s,
                        category).orElse(null));
            } catch (IllegalArgumentException unknownCategory) {
                // A category the rules in force do not know: the window cannot be read, the booking stands.
                return Window.UNCHECKED;
            }
        }
    }

    /** The day an order was reported, in the reporting zone: the day the window is read on. */
    public static LocalDate reportDay(WorkOrderRow w, ZoneId zone) {
        return w.reportedAt().atZone(zone).toLocalDate();
    }
}
