package com.handover.server.office.repair.rectify;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Sending a handover defect for 整改: to the responsible contractor, with the maintenance user who follows it
 * up on site, the 整改期限 (last day) and the estimated cost in fen that decides the seed's on-site deadline.
 */
public record RectifyRequest(UUID defectId, UUID contractorId, String assignee, LocalDate rectifyBy,
                             long estimatedCostFen) {
}
