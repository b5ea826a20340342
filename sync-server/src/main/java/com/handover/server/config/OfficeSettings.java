package com.handover.server.config;

import java.time.ZoneId;

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
}
