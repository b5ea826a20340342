package com.handover.model.sla;

import com.handover.model.Checks;
import java.time.Instant;

/** When the contractor must be on site, and the rule that set it. */
public record OnSiteDeadline(Instant due, SlaRule rule) {
    public OnSiteDeadline {
        Checks.required("due", due);
        Checks.required("rule", rule);
    }
}
