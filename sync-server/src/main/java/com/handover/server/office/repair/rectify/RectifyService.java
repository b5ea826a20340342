package com.handover.server.office.repair.rectify;

import com.handover.model.Role;
import com.handover.model.rectify.Rectification;
import com.handover.model.site.Contractor;
import com.handover.model.site.ResponsibleContractor;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.ops.WorkOrderOps;
import com.handover.model.sync.state.DefectState;
import com.handover.server.Components;
import com.handover.server.auth.User;
import com.handover.server.clock.ClockServices;
import com.handover.server.clock.UnitRecords;
import com.handover.server.office.query.Site;
import com.handover.server.office.query.SiteQueries;
import com.handover.server.sync.ServerOperations.Draft;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Sends a defect found at handover to its responsible contractor for 整改 (rectification): one work order with
 * the 整改期限, assigned to the contractor and to the maintenance user who follows it up, and the defect marked
 * ASSIGNED; all written for the signed-in office user through the push path, so the maintenance phone pulls it.
 */
public final class RectifyService {

    private final Components c;
    private final ClockServices clocks;
    private final SiteQueries siteQueries;

    public RectifyService(Components c) {
        this.c = c;
        this.clocks = c.clocks();
        this.siteQueries = new SiteQueries(c.sites());
    }

    public RectifyProposal proposal(UUID defectId) {
        DefectState defect = defect(defectId);
        Site site = c.db().read(conn -> siteQueries.site(conn, defect.unitId()))
                .orElseThrow(() -> new RectifyException("defectId", "the defect's unit is not registered"));
        List<Contractor> contractors = c.db().read(conn -> c.sites().contractors(conn)).stream()
                .sorted(Comparator.comparing(Contractor::name)).toList();
        List<ResponsibleContractor.Assignment> assignments = c.db().read(conn -> c.sites().assignments(conn,
                site.project().id()));
        Contractor responsible = ResponsibleContractor.of(contractors, assignments, defect.trade(),
                site.building().id()).orElse(null);
        List<User> staff = c.db().read(conn -> c.accounts().listUsers(conn)).stream()
                .filter(u -> u.role() == Role.MAINTENANCE).sorted(Comparator.comparing(User::username)).toList();
        LocalDate today = today();
        return new RectifyProposal(defect, site, contractors, responsible, staff, Rectification.defaultDeadline(today),
                Rectification.latestDeadline(today));
    }

    /** Writes the 整改 order; returns its id. */
    public UUID send(RectifyRequest r, User office) {
        RectifyProposal p = proposal(r.defectId());
        ReplicaState state = clocks.records().of(p.defect().unitId());
        if (!Rectification.sendable(state.workOrders().values(), p.defect())) {
            throw new RectifyException("defectId", "the defect is " + p.defect().status()
                    + " or already has a running work order; only an open or reopened defect is sent for 整改");
        }
        Contractor contractor = p.contractors().stream().filter(k -> k.id().equals(r.contractorId())).findFirst()
                .orElseThrow(() -> new RectifyException("contractorId", "choose a registered contractor"));
        if (p.maintenanceStaff().stream().noneMatch(u -> u.username().equals(r.assignee()))) {
            throw new RectifyException("assignee", "choose a maintenance user to follow the 整改 up");
        }
        checkDeadline(r.rectifyBy());
        if (r.estimatedCostFen() < 0 || r.estimatedCostFen() > WorkOrderOps.MAX_COST_FEN) {
            throw new RectifyException("estimatedCostFen", "the estimate must be 0 to 10,000,000 yuan");
        }
        UUID order = UUID.randomUUID();
        clocks.writer().write(office, drafts(order, p.defect(), contractor, r, state));
        return order;
    }

    private List<Draft> drafts(UUID order, DefectState d, Contractor contractor, RectifyRequest r,
                               ReplicaState state) {
        Rectification.Steps steps = Rectification.steps(new Rectification.Defect(d.id(), d.unitId(), d.room(),
                d.description(), d.severity(), d.warrantyCategory()), contractor.id(), r.assignee(), r.rectifyBy(),
                r.estimatedCostFen(), c.clock().instant());
        return List.of(Draft.of(OperationType.WORK_ORDER_CREATED, order, steps.created()),
                Draft.of(OperationType.WORK_ORDER_ASSIGNED, order, steps.assigned()),
                Draft.of(OperationType.DEFECT_ASSIGNED, d.id(),
                        UnitRecords.inEffect(state, EntityKind.DEFECT, d.id(), "status"), steps.defectAssigned()));
    }

    private void checkDeadline(LocalDate rectifyBy) {
        Rectification.deadlineProblem(rectifyBy, today()).ifPresent(problem -> {
            throw new RectifyException("rectifyBy", problem);
        });
    }

    private DefectState defect(UUID defectId) {
        UUID unit = c.db().read(conn -> c.entities().unitOf(conn, EntityKind.DEFECT, defectId))
                .orElseThrow(() -> new RectifyException("defectId", "no such defect"));
        DefectState d = clocks.records().of(unit).defects().get(defectId);
        if (d == null) {
            throw new RectifyException("defectId", "no such defect");
        }
        return d;
    }

    private LocalDate today() {
        return c.clock().instant().atZone(clocks.settings().zone()).toLocalDate();
    }
}
