package com.handover.server.web;

import io.javalin.config.RoutesConfig;

/** A set of endpoints the composition root mounts (the API, health, and later the office console). */
@FunctionalInterface
public interface RouteGroup {
    void register(RoutesConfig routes);
}
