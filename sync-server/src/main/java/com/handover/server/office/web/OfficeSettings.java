package com.handover.server.office.web;

import java.time.ZoneId;
import java.util.Map;

/**
 * How the console runs.
 *
 * @param alwaysSecureCookies mark cookies Secure even when the request did not come over TLS (set it when a
 *                            proxy terminates TLS without sending X-Forwarded-Proto)
 * @param zone                the time zone dates are shown and counted in
 */
public record OfficeSettings(boolean alwaysSecureCookies, ZoneId zone) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public static OfficeSettings defaults() {
        return new OfficeSettings(false, CHINA);
    }

    /** From the environment: {@code HANDOVER_OFFICE_SECURE_COOKIES=true}. */
    public static OfficeSettings fromEnvironment(Map<String, String> env) {
        return new OfficeSettings(Boolean.parseBoolean(env.getOrDefault("HANDOVER_OFFICE_SECURE_COOKIES", "false")),
                CHINA);
    }
}
