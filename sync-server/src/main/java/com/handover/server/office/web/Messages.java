package com.handover.server.office.web;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's user-facing text in one language, from the bundles {@code office/i18n/office_zh_CN.properties}
 * and {@code office/i18n/office_en.properties} (UTF-8). A missing key shows as {@code ??key??} so that it is
 * seen on the page and caught by the bundle test, never as an exception.
 */
public final class Messages {

    public static final String BUNDLE = "office.i18n.office";

    private static final Map<Lang, Messages> CACHE = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final ResourceBundle bundle;

    private Messages(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle(BUNDLE, lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static synchronized Messages of(Lang lang) {
        return CACHE.computeIfAbsent(lang, Messages::new);
    }

    public Lang lang() {
        return lang;
    }

    public Locale locale() {
        return lang.locale();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String t(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
    }

    public String t(String key, Object... args) {
        String pattern = t(key);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, lang.locale()).format(args);
    }

    /** The label of an enum constant: key {@code enum.<SimpleClassName>.<NAME>}. */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return t("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
