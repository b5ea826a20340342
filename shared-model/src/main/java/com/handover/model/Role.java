package com.handover.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a user account may do. The supervisor (监理) and the project department (项目部) confirm completed
 * repairs of their projects; on site every party present signs on the maintenance phone.
 */
public enum Role {
    INSPECTOR, MAINTENANCE, OFFICE, ADMIN, SUPERVISOR, PROJECT_DEPARTMENT;

    /**
     * The parties whose confirmation of a repair (维修单) a user of this role may record: maintenance staff
     * record every party present on site, each signing on their phone; a supervisor or project-department
     * account only its own.
     */
    public Set<SignerRole> repairConfirmationsGiven() {
        return switch (this) {
            case MAINTENANCE -> EnumSet.of(SignerRole.MAINTENANCE, SignerRole.OWNER, SignerRole.SUPERVISOR,
                    SignerRole.PROJECT_DEPARTMENT);
            case SUPERVISOR -> EnumSet.of(SignerRole.SUPERVISOR);
            case PROJECT_DEPARTMENT -> EnumSet.of(SignerRole.PROJECT_DEPARTMENT);
            case INSPECTOR, OFFICE, ADMIN -> EnumSet.noneOf(SignerRole.class);
        };
    }

    /** Confirms repairs from the console's 签认 page only. */
    public boolean isConfirmingParty() {
        return this == SUPERVISOR || this == PROJECT_DEPARTMENT;
    }
}
