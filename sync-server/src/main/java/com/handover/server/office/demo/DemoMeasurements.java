package com.handover.server.office.demo;

import com.handover.model.checklist.Bound;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.MeasureUnit;
import com.handover.model.checklist.ToleranceLimit;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What an inspector's ruler reads on an item judged by a deviation in millimetres (≤ 4 mm, say): 2 mm past the
 * limit on a failed item, half the limit on a passed one; nothing on items judged without such a figure.
 */
final class DemoMeasurements {

    private static final BigDecimal OVER_BY = BigDecimal.valueOf(2);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private DemoMeasurements() {
    }

    static Double reading(ChecklistItem item, boolean failed) {
        return limitInMillimetres(item).map(limit -> (failed ? limit.add(OVER_BY) : limit.multiply(HALF))
                .doubleValue()).orElse(null);
    }

    private static Optional<BigDecimal> limitInMillimetres(ChecklistItem item) {
        if (item.tolerance() == null || item.tolerance().limits().size() != 1) {
            return Optional.empty();
        }
        ToleranceLimit limit = item.tolerance().limits().get(0);
        return limit.bound() == Bound.MAX && limit.unit() == MeasureUnit.MM && limit.condition() == null
                ? Optional.of(limit.value()) : Optional.empty();
    }
}
