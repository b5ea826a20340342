package com.handover.model;

/** Who signs: the owner, the inspector, maintenance (维修部), the supervisor (监理) or the project department (项目部). */
public enum SignerRole {
    OWNER, INSPECTOR, MAINTENANCE, SUPERVISOR, PROJECT_DEPARTMENT
}
