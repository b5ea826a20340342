package com.handover.server.office;

import com.handover.server.Components;
import com.handover.server.office.pages.PublicVerifyPage;
import com.handover.server.office.query.UnitLabels;
import com.handover.server.office.pages.SignInPages;
import com.handover.server.office.session.ConsoleLogin;
import com.handover.server.office.session.SessionPolicy;
import com.handover.server.office.session.SessionService;
import com.handover.server.office.web.ConsoleGuard;
import com.handover.server.office.web.JteRenderer;
import com.handover.server.office.web.OfficeConsoleErrors;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.web.OfficeWeb;
import com.handover.server.office.web.SecurityHeaders;
import com.handover.server.office.web.StateWait;
import com.handover.server.office.web.StaticAssets;
import com.handover.server.web.RouteGroup;
import io.javalin.config.RoutesConfig;

/**
 * The office review console: server-rendered pages under /office (sign-in required, office and admin roles)
 * and the public verification page under /v. Mounted by the composition root with
 * {@code HandoverServer.builder(config).routes(OfficeConsole::new)}.
 */
public final class OfficeConsole implements RouteGroup {

    private final OfficeParts parts;

    public OfficeConsole(Components components) {
        this(components, SessionPolicy.DEFAULT);
    }

    public OfficeConsole(Components components, SessionPolicy policy) {
        this.parts = OfficeParts.of(components, new SessionService(components.db(), policy, components.clock()),
                new OfficeWeb(new JteRenderer(), components.config().office()));
    }

    public OfficeParts parts() {
        return parts;
    }

    @Override
    public void register(RoutesConfig routes) {
        Components c = parts.components();
        OfficeWeb web = parts.web();
        OfficeConsoleErrors errors = new OfficeConsoleErrors(web.renderer(), parts.settings());
        routes.exception(OfficeHalt.class, errors::handle);
        routes.error(404, errors::unknownPage);
        ConsoleGuard guard = new ConsoleGuard(parts.sessions());
        StateWait stateWait = new StateWait(c.stateFolder(),
                units -> c.db().read(conn -> UnitLabels.of(conn, units)));
        routes.before("/office", guard::before);
        routes.before("/office/*", guard::before);
        routes.before("/office", stateWait::before);
        routes.before("/office/*", stateWait::before);
        routes.before("/v/*", SecurityHeaders::apply);
        routes.before("/v/*", stateWait::before);
        new StaticAssets().install(routes);
        new SignInPages(web, new ConsoleLogin(c.db(), c.accounts(), c.passwords(), c.config().limits(), c.clock()),
                parts.sessions()).install(routes);
        new PublicVerifyPage(parts).install(routes);
        for (OfficePageGroup group : OfficePages.all()) {
            group.install(routes, parts);
        }
    }
}
