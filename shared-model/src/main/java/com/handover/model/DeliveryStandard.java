package com.handover.model;

/** How a unit is delivered: fitted out (装修房, form SM03-15) or bare shell (毛坯房, form SM03-16). */
public enum DeliveryStandard {
    FINISHED, BARE_SHELL
}
