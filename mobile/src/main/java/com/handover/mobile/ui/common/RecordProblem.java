package com.handover.mobile.ui.common;

import com.handover.mobile.i18n.UserMessage;

/**
 * One thing a person should know about a record: an operation the server refused, a rule that refused it, or a
 * concurrent edit. {@code field} is the field it concerns (e.g. {@code item:KITCHEN/K-01}), so a screen can show it
 * on that item; null when it concerns the record as a whole.
 */
public record RecordProblem(String field, UserMessage message) {

    public boolean concerns(String otherField) {
        return field != null && field.equals(otherField);
    }
}
