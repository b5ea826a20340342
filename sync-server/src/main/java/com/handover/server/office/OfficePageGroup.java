package com.handover.server.office;

import io.javalin.config.RoutesConfig;

/** A set of console pages, installed behind the console's sign-in, CSRF check and security headers. */
public interface OfficePageGroup {

    void install(RoutesConfig routes, OfficeParts parts);
}
