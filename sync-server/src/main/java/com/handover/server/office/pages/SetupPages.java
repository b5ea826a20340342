package com.handover.server.office.pages;

import com.handover.model.json.BundledWarrantyRules;
import com.handover.model.site.Project;
import com.handover.model.site.Unit;
import com.handover.model.warranty.ProjectWarrantySettings;
import com.handover.model.warranty.SeasonWindow;
import com.handover.model.warranty.WarrantyCalculator;
import com.handover.server.office.OfficePageGroup;
import com.handover.server.office.OfficeParts;
import com.handover.server.office.web.Ids;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.query.ChecklistNames;
import com.handover.server.office.query.Site;
import com.handover.server.office.query.SiteQueries;
import com.handover.server.office.web.PageContext;
import com.handover.server.setup.DeemedHandovers;
import com.handover.server.store.SiteStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The project's set-up records as imported (agreed warranty periods, buildings with their 竣工验收 date, the
 * responsible contractor per trade and building) and a unit's set-up (area, notified handover date) with the
 * office's 视同交付 action. Everyone on the console may view; recording 视同交付 is the office's.
 */
public final class SetupPages implements OfficePageGroup {

    public record PeriodLine(String category, String period) {
    }

    public record ResponsibilityLine(String building, String trade, String contractor) {
    }

    /** A season: its label key, its window (null: none) and the key saying where it comes from. */
    public record SeasonLine(String labelKey, SeasonWindow window, String sourceKey) {

        /** Its first day, "11-15". */
        public String from() {
            return DAY.format(window.start());
        }

        /** Its last day, "03-15". */
        public String to() {
            return DAY.format(window.end());
        }
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    public record ProjectView(Project project, List<PeriodLine> periods, List<SeasonLine> seasons,
                              List<SiteStore.BuildingSetup> buildings,
                              List<ResponsibilityLine> responsibilities) {
    }

    public record UnitView(Site site, SiteStore.UnitSetup setup, LocalDate handover, DeemedHandovers.Offer offer,
                           String noticeKey) {

        public Unit unit() {
            return site.unit();
        }

        /** Why neither recording nor withdrawing 视同交付 is offered. */
        public String reasonKey() {
            return switch (offer) {
                case NO_PLANNED_DATE -> "setup.deemed.noPlanned";
                case NOT_DUE -> "setup.deemed.notDue";
                case CAME_IN_TIME -> "setup.deemed.cameInTime";
                case RECORD, WITHDRAW -> null;
            };
        }
    }

    @Override
    public void install(RoutesConfig routes, OfficeParts parts) {
        DeemedHandovers deemed = new DeemedHandovers(parts.components().db(), parts.components().sites(),
                parts.clocks().handovers());
        routes.get("/office/projects/{id}/setup", ctx -> project(ctx, parts));
        routes.get("/office/units/{id}/setup", ctx -> unit(ctx, parts, deemed, null, 200));
        routes.post("/office/units/{id}/deemed-handover", ctx -> recordDeemed(ctx, parts, deemed));
    }

    private void project(Context ctx, OfficeParts parts) {
        UUID id = Ids.path(ctx, "id");
        var sites = parts.components().sites();
        PageContext page = parts.web().page(ctx, "projects", "setup.project.title");
        ChecklistNames names = parts.names(page.lang());
        ProjectView view = parts.components().db().read(c -> {
            Project p = sites.project(c, id).orElseThrow(OfficeHalt::notFound);
            Map<UUID, String> buildingNames = new HashMap<>();
            List<SiteStore.BuildingSetup> buildings = sites.buildingSetups(c, id);
            buildings.forEach(b -> buildingNames.put(b.building().id(), b.building().name()));
            Map<UUID, String> contractors = new HashMap<>();
            sites.contractors(c).forEach(k -> contractors.put(k.id(), k.name()));
            List<PeriodLine> periods = sites.warrantySettings(c, id).agreedContractorPeriods().entrySet().stream()
                    .map(e -> new PeriodLine(names.category(e.getKey()), page.msg().period(e.getValue()))).toList();
            List<ResponsibilityLine> lines = sites.responsibilities(c, id).stream().map(r -> new ResponsibilityLine(
                    buildingNames.get(r.buildingId()), names.trade(r.trade()), contractors.get(r.contractorId())))
                    .toList();
            return new ProjectView(p, periods, seasons(p, sites.warrantySettings(c, id)), buildings, lines);
        });
        parts.web().render(ctx, "setup-project.jte", page, view);
    }

    /** The seasons the heating and cooling periods count, and where each comes from. */
    private static List<SeasonLine> seasons(Project p, ProjectWarrantySettings settings) {
        WarrantyCalculator calculator = new WarrantyCalculator(BundledWarrantyRules.rules());
        SeasonWindow heating = calculator.heatingSeason(p, settings);
        String heatingSource = settings.heatingSeason() != null ? "setup.season.own"
                : heating != null ? "setup.season.city" : "setup.season.noHeating";
        return List.of(new SeasonLine("setup.season.heating", heating, heatingSource),
                new SeasonLine("setup.season.cooling", calculator.coolingSeason(settings),
                        settings.coolingSeason() != null ? "setup.season.own" : "setup.season.default"));
    }

    private void unit(Context ctx, OfficeParts parts, DeemedHandovers deemed, String noticeKey, int status) {
        UUID id = Ids.path(ctx, "id");
        var sites = parts.components().sites();
        LocalDate today = today(parts);
        UnitView view = parts.components().db().read(c -> {
            Site site = new SiteQueries(sites).site(c, id).orElseThrow(OfficeHalt::notFound);
            return new UnitView(site, sites.unitSetups(c, site.unit().projectId()).get(id),
                    parts.clocks().handovers().of(c, id).orElse(null), deemed.offer(c, id, today), noticeKey);
        });
        PageContext page = parts.web().page(ctx, "projects", "setup.unit.title", view.site().unitLabel());
        ctx.status(status);
        parts.web().render(ctx, "setup-unit.jte", page, view);
    }

    private void recordDeemed(Context ctx, OfficeParts parts, DeemedHandovers deemed) {
        UUID id = Ids.path(ctx, "id");
        String by = parts.web().session(ctx).username();
        var outcome = "clear".equals(ctx.formParam("action")) ? deemed.clear(id) : deemed.record(id, today(parts), by);
        switch (outcome) {
            case NO_UNIT -> throw OfficeHalt.notFound();
            case NO_PLANNED_DATE -> unit(ctx, parts, deemed, "setup.deemed.noPlanned", 400);
            case NOT_DUE -> unit(ctx, parts, deemed, "setup.deemed.notDue", 400);
            case CAME_IN_TIME -> unit(ctx, parts, deemed, "setup.deemed.cameInTime", 400);
            default -> throw OfficeHalt.redirect("/office/units/" + id + "/setup");
        }
    }

    private static LocalDate today(OfficeParts parts) {
        return parts.components().clock().instant().atZone(parts.settings().zone()).toLocalDate();
    }
}
