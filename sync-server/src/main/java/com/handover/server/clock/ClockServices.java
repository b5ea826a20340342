package com.handover.server.clock;

import com.handover.model.json.BundledWarrantyRules;
import com.handover.model.warranty.WarrantyRules;
import com.handover.server.Components;
import com.handover.server.clock.report.RepairReports;

/**
 * The clock services of one server node, built from its components: the SLA and warranty computations, the
 * server's own operation writer, escalations, reports and the job that runs them all.
 */
public record ClockServices(ClockSettings settings, RepairClock repairClock, WarrantyRules warrantyRules,
                            HandoverDates handovers, WarrantyExpiries warranties, UnitRecords records,
                            ServerOperations writer, Escalations escalations, RepairReports reports, ClockJob job) {

    public static ClockServices of(Components c, ClockSettings settings) {
        RepairClock repairClock = new RepairClock(settings.sla());
        WarrantyRules rules = BundledWarrantyRules.rules();
        HandoverDates handovers = new HandoverDates(settings.zone());
        WarrantyExpiries warranties = new WarrantyExpiries(rules, handovers, c.sites());
        UnitRecords records = new UnitRecords(c.db(), c.log());
        ServerOperations writer = new ServerOperations(c.push(), c.serverClock(), c.config().nodeId());
        Escalations escalations = new Escalations(c.db(), records, writer, repairClock);
        RepairReports reports = new RepairReports(c.db(), c.sites(), repairClock);
        ClockJob job = new ClockJob(c.db(), warranties, repairClock, escalations, settings, c.clock());
        return new ClockServices(settings, repairClock, rules, handovers, warranties, records, writer, escalations,
                reports, job);
    }
}
