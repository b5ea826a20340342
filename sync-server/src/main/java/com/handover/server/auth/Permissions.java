package com.handover.server.auth;

import com.handover.model.Role;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.WorkOrderOps;
import java.util.EnumSet;
import java.util.Set;

/** Which operations each role may push, and which confirmations it may record (protocol v1). */
public final class Permissions {

    private static final Set<OperationType> INSPECTOR = EnumSet.noneOf(OperationType.class);
    private static final Set<OperationType> MAINTENANCE = EnumSet.noneOf(OperationType.class);

    static {
        for (OperationType t : OperationType.values()) {
            if (t.entityKind() == EntityKind.INSPECTION
                    || (t.entityKind() == EntityKind.DEFECT && t != OperationType.DEFECT_VOIDED)) {
                INSPECTOR.add(t);
            }
            if (t.entityKind() == EntityKind.WORK_ORDER && t != OperationType.WORK_ORDER_VOIDED
                    && t != OperationType.WORK_ORDER_SETTLED) {
                MAINTENANCE.add(t);
            }
        }
        INSPECTOR.add(OperationType.WORK_ORDER_CREATED);
        MAINTENANCE.add(OperationType.DEFECT_REPAIR_STARTED);
        MAINTENANCE.add(OperationType.DEFECT_REPAIRED);
    }

    private Permissions() {
    }

    public static boolean mayPush(Role role, OperationType type) {
        return switch (role) {
            case OFFICE, ADMIN -> true;
            case INSPECTOR -> INSPECTOR.contains(type);
            case MAINTENANCE -> MAINTENANCE.contains(type);
            case SUPERVISOR, PROJECT_DEPARTMENT -> type == OperationType.WORK_ORDER_CONFIRMED;
        };
    }

    /**
     * Null when the payload is one this role may give; otherwise why not. A repair confirmation names the party
     * who signed, and each account records only the parties its role may ({@link Role#repairConfirmationsGiven}).
     */
    public static String payloadRefusal(Role role, Operation op) {
        if (op.payload() instanceof WorkOrderOps.Confirmed c
                && !role.repairConfirmationsGiven().contains(c.signature().role())) {
            return "a user with role " + role + " may not record the confirmation of " + c.signature().role()
                    + "; allowed: " + role.repairConfirmationsGiven();
        }
        return null;
    }
}
