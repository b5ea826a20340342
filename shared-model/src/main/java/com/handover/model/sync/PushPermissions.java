package com.handover.model.sync;

import com.handover.model.Role;
import com.handover.model.sync.ops.WorkOrderOps;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which operations a user of each role may record, and which repair confirmations (one rule for the server that
 * enforces it and the protocol document that states it): inspectors record inspections and defects, raise work
 * orders and send a defect for 整改 (create and assign its order); maintenance staff work their orders and the
 * defects those repair; the supervisor (监理) and the project department (项目部) only confirm repairs; the office
 * and admins record anything, but confirm no repair themselves, since a confirmation is a named party's
 * signature.
 */
public final class PushPermissions {

    private static final Set<OperationType> INSPECTOR = EnumSet.noneOf(OperationType.class);
    private static final Set<OperationType> MAINTENANCE = EnumSet.noneOf(OperationType.class);

    static {
        for (OperationType t : OperationType.values()) {
            if (t.entityKind() == EntityKind.INSPECTION
                    || (t.entityKind() == EntityKind.DEFECT && t != OperationType.DEFECT_VOIDED)) {
                INSPECTOR.add(t);
            }
            if (t.entityKind() == EntityKind.WORK_ORDER && t != OperationType.WORK_ORDER_VOIDED
                    && t != OperationType.WORK_ORDER_SETTLED && !t.settlementObjection()) {
                MAINTENANCE.add(t);
            }
        }
        INSPECTOR.add(OperationType.WORK_ORDER_CREATED);
        INSPECTOR.add(OperationType.WORK_ORDER_ASSIGNED);
        MAINTENANCE.add(OperationType.DEFECT_REPAIR_STARTED);
        MAINTENANCE.add(OperationType.DEFECT_REPAIRED);
    }

    private PushPermissions() {
    }

    public static boolean mayPush(Role role, OperationType type) {
        return switch (role) {
            case OFFICE, ADMIN -> true;
            case INSPECTOR -> INSPECTOR.contains(type);
            case MAINTENANCE -> MAINTENANCE.contains(type);
            case SUPERVISOR, PROJECT_DEPARTMENT -> type == OperationType.WORK_ORDER_CONFIRMED;
        };
    }

    /** The roles whose users may push {@code type}. */
    public static Set<Role> rolesAllowedToPush(OperationType type) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : Role.values()) {
            if (mayPush(r, type)) {
                roles.add(r);
            }
        }
        return roles;
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
