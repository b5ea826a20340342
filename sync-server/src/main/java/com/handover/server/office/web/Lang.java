package com.handover.server.office.web;

import java.util.Locale;

/** The console's languages: Chinese first, English second. Chosen with a cookie. */
public enum Lang {
    ZH("zh", Locale.SIMPLIFIED_CHINESE, "zh-CN"),
    EN("en", Locale.ENGLISH, "en");

    public static final String COOKIE = "office_lang";

    private final String code;
    private final Locale locale;
    private final String htmlLang;

    Lang(String code, Locale locale, String htmlLang) {
        this.code = code;
        this.locale = locale;
        this.htmlLang = htmlLang;
    }

    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    public String htmlLang() {
        return htmlLang;
    }

    /** The language a cookie value names; Chinese for anything else. */
    public static Lang fromCode(String code) {
        return "en".equals(code) ? EN : ZH;
    }

    public Lang other() {
        return this == ZH ? EN : ZH;
    }
}
