package com.handover.server.clock;

import com.handover.server.Components;
import com.handover.server.clock.report.ReportRoutes;
import com.handover.server.office.repair.templates.PublishedTemplateCatalog;
import com.handover.server.office.repair.templates.TemplateApiRoutes;
import com.handover.server.office.repair.templates.TemplateStore;
import com.handover.server.web.RouteGroup;
import io.javalin.config.RoutesConfig;
import java.time.Duration;

/**
 * The warranty and repair clocks of one node: starts the clock job on its interval and mounts the report
 * endpoints (reports; published checklist templates). Mounted by the composition root with
 * {@code HandoverServer.builder(config).templates(new PublishedTemplateCatalog()).routes(Clocks::new)}; with a
 * {@link PublishedTemplateCatalog} the templates the office publishes count for inspections and reach devices.
 */
public final class Clocks implements RouteGroup {

    /** Lets the server finish starting before the first run. */
    static final Duration FIRST_RUN_AFTER = Duration.ofSeconds(5);

    private final ClockServices services;
    private final ClockScheduler scheduler;
    private final TemplateStore templates;

    public Clocks(Components components) {
        this(components, ClockSettings.fromEnvironment(System.getenv()));
    }

    public Clocks(Components components, ClockSettings settings) {
        this(components, settings, true);
    }

    /** @param schedule false to leave the job to the caller (tests run it by hand with a fixed clock) */
    public Clocks(Components components, ClockSettings settings, boolean schedule) {
        this.services = ClockServices.of(components, settings);
        this.templates = new TemplateStore(components.db());
        if (components.templates() instanceof PublishedTemplateCatalog published) {
            published.bind(components.db());
        }
        this.scheduler = schedule ? ClockScheduler.start(services.job(), FIRST_RUN_AFTER, settings.interval(),
                ClockScheduler.closed(components.db().dataSource())) : null;
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
        new TemplateApiRoutes(templates).register(routes);
    }
}
