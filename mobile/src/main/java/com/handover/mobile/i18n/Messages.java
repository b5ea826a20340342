package com.handover.mobile.i18n;

import com.handover.model.labels.StatusLabels;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts of one language, from {@code messages_zh_CN.properties} / {@code messages_en.properties};
 * the labels of the domain's statuses from the shared {@link StatusLabels}, the same words the office console shows.
 */
public final class Messages {

    public static final String BUNDLE = "com.handover.mobile.i18n.messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Locale locale;
    private final ResourceBundle bundle;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public boolean chinese() {
        return locale.getLanguage().equals("zh");
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** Renders a message; arguments that are messages or enum constants are rendered in this language first. */
    public String get(UserMessage message) {
        Object[] args = message.args().toArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof UserMessage nested) {
                args[i] = get(nested);
            } else if (args[i] instanceof Enum<?> constant) {
                args[i] = label(constant);
            }
        }
        return get(message.key(), args);
    }

    /** True when the bundle has a text for {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The label of an enum constant: the shared status label, else this bundle's {@code enum.<Type>.<CONSTANT>}. */
    public String label(Enum<?> value) {
        return StatusLabels.label(value, locale)
                .orElseGet(() -> get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name()));
    }

    /** Picks the Chinese or the English text of a bilingual record field. */
    public String pick(String zh, String en) {
        return chinese() || en == null ? zh : en;
    }
}
