package com.handover.server.clock;

import com.handover.model.json.BundledWarrantyRules;
import com.handover.model.warranty.WarrantyRules;
import com.handover.server.clock.report.RepairReports;
import com.handover.server.config.ClockSettings;
import com.handover.server.store.Database;
import com.handover.server.store.OperationLog;
import com.handover.server.store.SiteStore;
import com.handover.server.sync.ServerOperations;
import java.time.Clock;

/**
 * The clock services of one server node, built once by the composition root: the SLA and warranty
 * computations, escalations, reports and the job that runs them all.
 */
public record ClockServices(ClockSettings settings, RepairClock repairClock, WarrantyRules warrantyRules,
                            HandoverDates handovers, WarrantyExpiries warranties, UnitRecords records,
                            ServerOperations writer, Escalations escalations, RepairReports reports, ClockJob job) {

    public static ClockServices of(ClockSettings settings, Database db, SiteStore sites, OperationLog log,
                                   ServerOperations writer, Clock clock) {
        WarrantyRules rules = BundledWarrantyRules.rules();
        RepairClock repairClock = new RepairClock(settings.sla(), new ContractorWarrantyEnds(rules, sites));
        HandoverDates handovers = new HandoverDates(settings.zone());
        WarrantyExpiries warranties = new WarrantyExpiries(rules, handovers, sites);
        UnitRecords records = new UnitRecords(db, log);
        Escalations escalations = new Escalations(db, records, writer, repairClock);
        RepairReports reports = new RepairReports(db, sites, repairClock);
        ClockJob job = new ClockJob(db, writer, warranties, repairClock, escalations, settings, clock);
        return new ClockServices(settings, repairClock, rules, handovers, warranties, records, writer, escalations,
                reports, job);
    }
}
