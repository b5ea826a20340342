package com.handover.model.warranty;

import java.util.Locale;

/** Compares city names as people write them: "北京", "北京市" and " 北京 " are one city; Latin letters ignore case. */
final class CityName {

    private CityName() {
    }

    static String normalize(String city) {
        String s = city.strip();
        if (s.endsWith("市") && s.length() > 1) {
            s = s.substring(0, s.length() - 1);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    static boolean same(String a, String b) {
        return a != null && b != null && normalize(a).equals(normalize(b));
    }
}
