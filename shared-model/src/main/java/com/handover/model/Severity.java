package com.handover.model;

/** Defect and repair urgency classes: emergency (紧急), normal (一般), minor (轻微/外观), complex (复杂/专项). */
public enum Severity {
    EMERGENCY, NORMAL, MINOR, COMPLEX
}
