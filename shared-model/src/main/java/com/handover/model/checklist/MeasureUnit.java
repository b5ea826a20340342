package com.handover.model.checklist;

/** The unit of a limit, and of the value an inspector measures against it. */
public enum MeasureUnit {
    MM("mm"), M("m"), CM2("cm²"), PERCENT("%"), MPA("MPa"), COUNT("");

    private final String symbol;

    MeasureUnit(String symbol) {
        this.symbol = symbol;
    }

    /** The symbol printed after a value, e.g. "mm"; empty for a count. */
    public String symbol() {
        return symbol;
    }
}
