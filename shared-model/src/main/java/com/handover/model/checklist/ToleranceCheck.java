package com.handover.model.checklist;

import com.handover.model.ItemResult;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Suggests PASS or FAIL for a measured value of an item that has a single numeric limit in the context
 * (see {@link Tolerance#applicableLimit}). Items judged without a figure, or with several measures, get no
 * suggestion: the inspector decides.
 */
public final class ToleranceCheck {

    /** PASS or FAIL, and the limit the measured value was compared with. */
    public record Suggestion(ItemResult result, ToleranceLimit limit, BigDecimal measured) {
    }

    private ToleranceCheck() {
    }

    public static Optional<Suggestion> suggest(ChecklistItem item, double measured, MeasurementContext context) {
        if (item.tolerance() == null || Double.isNaN(measured) || Double.isInfinite(measured)) {
            return Optional.empty();
        }
        // BigDecimal.valueOf keeps the decimal the inspector typed (1.05 stays 1.05), so a value on the limit passes.
        BigDecimal value = BigDecimal.valueOf(measured);
        return item.tolerance().applicableLimit(context).map(limit -> new Suggestion(
                limit.isMetBy(value) ? ItemResult.PASS : ItemResult.FAIL, limit, value));
    }

    public static Optional<Suggestion> suggest(ChecklistItem item, double measured) {
        return suggest(item, measured, MeasurementContext.ORDINARY);
    }
}
