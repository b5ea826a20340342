package com.handover.model.site;

import com.handover.model.Checks;

/**
 * A maintenance account a repair can be sent to: its user name (what a work order's {@code assignee} records)
 * and the person's name shown wherever it is chosen.
 */
public record Repairer(String username, String name) {
    public Repairer {
        Checks.text("repairer.username", username, Checks.MAX_NAME);
        Checks.text("repairer.name", name, Checks.MAX_NAME);
    }
}
