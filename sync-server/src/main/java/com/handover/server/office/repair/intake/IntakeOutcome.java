package com.handover.server.office.repair.intake;

import com.handover.model.site.Contractor;
import com.handover.model.sla.OnSiteDeadline;
import com.handover.model.warranty.WarrantyCheckResult;
import java.time.Instant;
import java.util.UUID;

/**
 * What taking a request recorded and decided: the complaint, the work order (null when none was needed),
 * the warranty answer (null without a category), the responsible trade and contractor (null when no
 * contractor is registered for it: the order then waits for the office to assign it), and the deadlines.
 */
public record IntakeOutcome(UUID complaintId, UUID workOrderId, String unitLabel, WarrantyCheckResult warranty,
                            String trade, Contractor contractor, OnSiteDeadline onSite, Instant answerDeadline) {
}
