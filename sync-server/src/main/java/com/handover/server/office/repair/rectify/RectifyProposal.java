package com.handover.server.office.repair.rectify;

import com.handover.model.site.Contractor;
import com.handover.model.sync.state.DefectState;
import com.handover.server.auth.User;
import com.handover.server.office.query.Site;
import java.time.LocalDate;
import java.util.List;

/**
 * What the 发送整改 form offers for one defect: the project's contractors with the responsible one
 * preselected (null when none is registered for the trade), the maintenance staff, and the default 整改期限.
 */
public record RectifyProposal(DefectState defect, Site site, List<Contractor> contractors, Contractor responsible,
                              List<User> maintenanceStaff, LocalDate defaultRectifyBy, LocalDate latestRectifyBy) {
}
