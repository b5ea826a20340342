package com.handover.server.clock;

import com.handover.model.WorkOrderStatus;
import com.handover.model.sla.Chargeback;
import com.handover.model.sla.ComplaintSla;
import com.handover.model.sla.OnSiteDeadline;
import com.handover.model.sla.RepairSla;
import com.handover.model.sla.SlaPolicy;
import com.handover.model.sla.SlaRule;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The repair clocks of one work order, read off the materialised row with the SLA rules
 * (com.handover.model.sla): the on-site deadline, whether it is overdue now, the time left, and the
 * chargeback a self-repair costs the contractor. The clock job and every page use this one computation.
 */
public final class RepairClock {

    private final SlaPolicy policy;
    private final RepairSla sla;
    private final ComplaintSla complaints;
    private final ContractorWarrantyEnds warrantyEnds;

    public RepairClock(SlaPolicy policy, ContractorWarrantyEnds warrantyEnds) {
        this.policy = policy;
        this.sla = new RepairSla(policy);
        this.complaints = new ComplaintSla(policy);
        this.warrantyEnds = warrantyEnds;
    }

    /** The contractors' warranty windows, read on {@code c} (see {@link ContractorWarrantyEnds}). */
    public ContractorWarrantyEnds.Lookup windows(Connection c) {
        return warrantyEnds.read(c);
    }

    public SlaPolicy policy() {
        return policy;
    }

    public RepairSla sla() {
        return sla;
    }

    public ComplaintSla complaints() {
        return complaints;
    }

    /**
     * Where one order stands against its clocks at {@code now}.
     *
     * @param late    nobody on site yet and the on-site deadline passed, an emergency's included: what the office
     *                sees in red and acts on first
     * @param overdue late, and the deadline was the contractor's to meet (not an emergency's): what escalation to
     *                self-repair and the chargeback act on
     */
    public record Status(OnSiteDeadline deadline, boolean late, boolean overdue, Duration timeLeft,
                         boolean missedDeadline, Chargeback chargeback, boolean chargebackEstimated) {
    }

    public Status status(WorkOrderRow w, Instant now) {
        OnSiteDeadline deadline = sla.onSiteDeadline(w.reportedAt(), w.estimatedCostFen(), w.emergency());
        boolean pastDeadline = RepairSla.isOverdue(deadline.due(), w.arrivedAt(), now)
                && w.status() != WorkOrderStatus.VOID;
        boolean late = w.awaitingArrival() && pastDeadline;
        // An emergency is the 售后维修部's from the start: no contractor deadline runs that it could miss.
        boolean missed = !w.emergency() && pastDeadline;
        boolean overdue = late && missed;
        boolean estimated = w.actualCostFen() == null;
        long cost = estimated ? w.estimatedCostFen() : w.actualCostFen();
        Chargeback chargeback = charged(w, cost, w.selfRepair() || overdue);
        return new Status(deadline, late, overdue, RepairSla.timeLeft(deadline.due(), now), missed, chargeback,
                estimated);
    }

    /**
     * What escalating this order to self-repair will charge back (on the estimate until the actual cost is known),
     * nothing when it was reported after the contractor's own warranty ended.
     */
    public Chargeback escalationChargeback(WorkOrderRow w, ContractorWarrantyEnds.Window window) {
        long cost = w.actualCostFen() == null ? w.estimatedCostFen() : w.actualCostFen();
        return window.apply(charged(w, cost, true), reportDay(w));
    }

    /**
     * What the order costs the contractor's 质保金 as it stands: the booking once the actual cost is known, on the
     * estimate until then.
     */
    public Chargeback expectedChargeback(WorkOrderRow w, ContractorWarrantyEnds.Window window) {
        long cost = w.actualCostFen() == null ? w.estimatedCostFen() : w.actualCostFen();
        return window.apply(charged(w, cost, w.selfRepair()), reportDay(w));
    }

    /**
     * The chargeback booked for a finished order: a self-repaired one or an emergency costs the contractor, but
     * only inside its own warranty on the day the order was reported (售后维修工作规定 第5条).
     */
    public Chargeback bookedChargeback(WorkOrderRow w, ContractorWarrantyEnds.Window window) {
        long cost = w.actualCostFen() == null ? 0 : w.actualCostFen();
        return window.apply(charged(w, cost, w.selfRepair()), reportDay(w));
    }

    private Chargeback charged(WorkOrderRow w, long cost, boolean selfRepaired) {
        if (w.contractorId() == null) {
            // No responsible contractor (a paid repair, or none assigned): nobody's 质保金 to deduct from.
            return new Chargeback(0, 0, SlaRule.NO_CHARGEBACK);
        }
        return sla.chargeback(cost, w.emergency(), selfRepaired);
    }

    private LocalDate reportDay(WorkOrderRow w) {
        return ContractorWarrantyEnds.reportDay(w, policy.reportingZone());
    }
}
