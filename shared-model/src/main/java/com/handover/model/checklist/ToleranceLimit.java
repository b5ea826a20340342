package com.handover.model.checklist;

import com.handover.model.Checks;
import java.math.BigDecimal;

/**
 * One limit of a tolerance: a measure, whether the value is a maximum or a minimum, the value and its unit,
 * and the condition under which it applies (null = always, unless a matching conditional limit for the same
 * measure replaces it).
 */
public record ToleranceLimit(String measure, Bound bound, BigDecimal value, MeasureUnit unit, LimitCondition condition) {

    /** Largest limit value accepted. */
    public static final BigDecimal MAX_VALUE = BigDecimal.valueOf(100_000);

    public ToleranceLimit {
        Checks.code("limit.measure", measure);
        Checks.required("limit.bound", bound);
        Checks.required("limit.value", value);
        Checks.required("limit.unit", unit);
        if (value.signum() < 0 || value.compareTo(MAX_VALUE) > 0) {
            throw new IllegalArgumentException("limit.value must be 0.." + MAX_VALUE);
        }
    }

    /** Whether a measured value meets this limit; a value exactly on the limit meets it. */
    public boolean isMetBy(BigDecimal measured) {
        int c = measured.compareTo(value);
        return bound == Bound.MAX ? c <= 0 : c >= 0;
    }
}
