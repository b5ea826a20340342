package com.handover.model;

/** Meters read at handover. */
public enum MeterType {
    WATER, ELECTRICITY, GAS
}
