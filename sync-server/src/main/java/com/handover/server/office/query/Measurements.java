package com.handover.server.office.query;

import com.handover.model.checklist.Bound;
import com.handover.model.checklist.ToleranceLimit;
import java.math.BigDecimal;

/** A measured value with its unit ("3 mm") and the limit it is held to ("≤ 4 mm"), as the form prints them. */
public final class Measurements {

    private Measurements() {
    }

    /** The value as measured, with the limit's unit; empty when nothing was measured. */
    public static String value(Double measured, ToleranceLimit limit) {
        if (measured == null) {
            return "";
        }
        String number = BigDecimal.valueOf(measured).stripTrailingZeros().toPlainString();
        return limit == null ? number : withUnit(number, limit);
    }

    /** "≤ 4 mm" or "≥ 1.05 m". */
    public static String allowed(ToleranceLimit limit) {
        return (limit.bound() == Bound.MAX ? "≤ " : "≥ ") + withUnit(limit.value().stripTrailingZeros().toPlainString(),
                limit);
    }

    private static String withUnit(String number, ToleranceLimit limit) {
        String symbol = limit.unit().symbol();
        if (symbol.isEmpty()) {
            return number;
        }
        return symbol.equals("%") ? number + symbol : number + " " + symbol;
    }
}
