package com.handover.server.office.disputes;

import com.handover.model.ComplaintDepartment;
import com.handover.model.sync.state.ComplaintState;

/**
 * Which complaints the list shows: by responsible department (of the 处置 in effect), only major ones, and by
 * 有效/无效/not yet judged. Every part is optional.
 */
public record ComplaintFilter(ComplaintDepartment department, boolean majorOnly, Validity validity) {

    public enum Validity { ANY, VALID, INVALID, UNJUDGED }

    public static final ComplaintFilter NONE = new ComplaintFilter(null, false, Validity.ANY);

    public ComplaintFilter {
        validity = validity == null ? Validity.ANY : validity;
    }

    public boolean isNone() {
        return department == null && !majorOnly && validity == Validity.ANY;
    }

    public boolean matches(ComplaintState k) {
        if (department != null && (k.handling() == null || k.handling().department() != department)) {
            return false;
        }
        if (majorOnly && !k.major()) {
            return false;
        }
        return switch (validity) {
            case ANY -> true;
            case VALID -> k.validity() != null && k.validity().valid();
            case INVALID -> k.validity() != null && !k.validity().valid();
            case UNJUDGED -> k.validity() == null;
        };
    }

    /** Parses the list's query parameters; an unknown value counts as not given. */
    public static ComplaintFilter of(String department, String major, String validity) {
        return new ComplaintFilter(parse(ComplaintDepartment.class, department), "1".equals(major),
                parse(Validity.class, validity));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
