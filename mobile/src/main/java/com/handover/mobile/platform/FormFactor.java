package com.handover.mobile.platform;

import java.util.Locale;

/** Phone or tablet: decides the window size on the desktop and the layout's density. */
public enum FormFactor {
    PHONE(400, 800), TABLET(800, 1280);

    public static final String PROPERTY = "handover.form";

    private final double width;
    private final double height;

    FormFactor(double width, double height) {
        this.width = width;
        this.height = height;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** From {@code -Dhandover.form=phone|tablet} (phone when absent or unknown). */
    public static FormFactor fromSystemProperty() {
        String v = System.getProperty(PROPERTY, "phone").strip().toLowerCase(Locale.ROOT);
        return v.equals("tablet") ? TABLET : PHONE;
    }
}
