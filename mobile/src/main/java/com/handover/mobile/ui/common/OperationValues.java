package com.handover.mobile.ui.common;

import com.handover.mobile.i18n.UserMessage;
import com.handover.model.sync.Operation;
import com.handover.model.sync.ops.DefectOps;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.Payload;

/** What an operation wrote, in words: the value shown for each side of a conflict. */
public final class OperationValues {

    private OperationValues() {
    }

    /** The operation's kind in words, e.g. "记录检查项" (bundle key {@code op.<wire name>}). */
    public static UserMessage label(Operation op) {
        return UserMessage.of("op." + op.type().wireName());
    }

    public static UserMessage value(Operation op) {
        Payload p = op.payload();
        if (p instanceof InspectionOps.ItemRecorded r) {
            return r.measuredValue() == null ? UserMessage.of("value.result", r.result())
                    : UserMessage.of("value.resultMeasured", r.result(), number(r.measuredValue()));
        }
        if (p instanceof InspectionOps.MeterRead m) {
            return UserMessage.of("value.plain", number(m.reading()));
        }
        if (p instanceof InspectionOps.KeysCounted k) {
            return UserMessage.of("value.plain", Integer.toString(k.count()));
        }
        if (p instanceof DefectOps.Updated u) {
            if (u.description() != null) {
                return UserMessage.of("value.plain", u.description());
            }
            if (u.severity() != null) {
                return UserMessage.of("value.enum", u.severity());
            }
            if (u.trade() != null) {
                return UserMessage.of("value.plain", u.trade());
            }
        }
        return label(op);
    }

    /** A field's name in words: an item's, a meter's, a key type's, or the field's code. */
    public static UserMessage field(Operation op) {
        Payload p = op.payload();
        if (p instanceof InspectionOps.ItemRecorded r) {
            return UserMessage.of("field.item", r.itemCode());
        }
        if (p instanceof InspectionOps.MeterRead m) {
            return UserMessage.of("value.enum", m.meter());
        }
        if (p instanceof InspectionOps.KeysCounted k) {
            return UserMessage.of("value.enum", k.keyType());
        }
        return UserMessage.of("field.other", op.field() == null ? "" : op.field());
    }

    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
