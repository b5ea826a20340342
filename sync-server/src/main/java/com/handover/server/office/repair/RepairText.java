package com.handover.server.office.repair;

import com.handover.server.office.web.PageContext;

/** Labels of console B: enum constants under {@code repair.enum.<Class>.<NAME>} (nested: {@code Outer.Inner}). */
public final class RepairText {

    private RepairText() {
    }

    public static String label(PageContext page, Enum<?> value) {
        if (value == null) {
            return "";
        }
        String type = value.getDeclaringClass().getName();
        return page.t("repair.enum." + type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + "." + value.name());
    }
}
