package com.handover.server.clock;

import com.handover.server.Components;
import com.handover.server.clock.report.ReportRoutes;
import com.handover.server.web.RouteGroup;
import io.javalin.config.RoutesConfig;
import java.time.Duration;

/**
 * The warranty and repair clocks of one node: starts the clock job on its configured interval and mounts the
 * report endpoints. Mounted by the composition root with {@code HandoverServer.builder(config).routes(Clocks::new)}.
 */
public final class Clocks implements RouteGroup {

    /** Lets the server finish starting before the first run. */
    static final Duration FIRST_RUN_AFTER = Duration.ofSeconds(5);

    private final ClockServices services;
    private final ClockScheduler scheduler;

    public Clocks(Components components) {
        this(components, true);
    }

    /** @param schedule false to leave the job to the caller (tests run it by hand with a fixed clock) */
    public Clocks(Components components, boolean schedule) {
        this.services = components.clocks();
        this.scheduler = schedule ? ClockScheduler.start(services.job(), FIRST_RUN_AFTER,
                services.settings().interval(), ClockScheduler.closed(components.db().dataSource())) : null;
    }

    public ClockServices services() {
        return services;
    }

    /** Null when the job is not scheduled. */
    public ClockScheduler scheduler() {
        return scheduler;
    }

    @Override
    public void register(RoutesConfig routes) {
        new ReportRoutes(services.reports()).register(routes);
    }
}
