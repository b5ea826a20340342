package com.handover.server.office.web;

import com.handover.model.checklist.WarrantyPeriod;
import com.handover.model.labels.StatusLabels;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The console's user-facing text in one language, from the bundles {@code office/i18n/office_zh_CN.properties}
 * and {@code office/i18n/office_en.properties} (UTF-8), and the labels of the domain's statuses from the shared
 * {@link StatusLabels} (the same words the app shows). A missing key shows as {@code ??key??} so that it is
 * seen on the page and caught by the bundle test, never as an exception.
 */
public final class Messages {

    public static final String BUNDLE = "office.i18n.office";

    private static final Map<Lang, Messages> CACHE = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final ResourceBundle bundle;
    private final ResourceBundle statusLabels;

    private Messages(Lang lang) {
        this.lang = lang;
        this.bundle = ResourceBundle.getBundle(BUNDLE, lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.statusLabels = StatusLabels.bundle(lang.locale());
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
        return statusLabels.containsKey(key) || bundle.containsKey(key);
    }

    /** The text of a key: a status label from the shared labels, anything else from the console's bundle. */
    public String t(String key) {
        try {
            return statusLabels.containsKey(key) ? statusLabels.getString(key) : bundle.getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
    }

    /** A warranty period in the page's language: 5年 or "5 years", 设计使用年限 or "the design service life". */
    public String period(WarrantyPeriod p) {
        return switch (p.unit()) {
            case YEARS -> t("period.years", p.amount());
            case MONTHS -> t("period.months", p.amount());
            case HEATING_SEASONS -> t("period.heatingSeasons", p.amount());
            case COOLING_SEASONS -> t("period.coolingSeasons", p.amount());
            case SERVICE_LIFE -> t("period.serviceLife");
        };
    }

    public String t(String key, Object... args) {
        String pattern = t(key);
        if (args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, lang.locale()).format(args);
    }

    /**
     * A checklist template as every console page and the report name it, with its version ("装修房质量验收单 v1"):
     * the name kept for its code in the bundle, the same on the templates page.
     */
    public String templateName(String code, int version) {
        String key = "templates.code." + code;
        return t("templates.versioned", has(key) ? t(key) : code, String.valueOf(version));
    }

    /**
     * The label of an enum constant: key {@code enum.<Type>.<NAME>} (a nested type as {@code Outer.Inner}), or the
     * key the value names itself ({@link Labelled}).
     */
    public String label(Enum<?> value) {
        if (value == null) {
            return "";
        }
        return t(value instanceof Labelled l ? l.labelKey() : StatusLabels.key(value));
    }
}
