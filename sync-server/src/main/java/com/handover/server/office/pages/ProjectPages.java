package com.handover.server.office.pages;

import com.handover.model.site.Project;
import com.handover.server.office.OfficePageGroup;
import com.handover.server.office.OfficeParts;
import com.handover.server.office.query.ProjectQueries;
import com.handover.server.office.query.SiteQueries;
import com.handover.server.office.web.Ids;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.web.PageContext;
import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.UUID;

/** Drill-down: projects → a project's buildings → a building's grid of units by floor. */
public final class ProjectPages implements OfficePageGroup {

    public record ProjectView(Project project, List<ProjectQueries.BuildingRow> buildings) {
    }

    @Override
    public void install(RoutesConfig routes, OfficeParts parts) {
        ProjectQueries queries = new ProjectQueries(new SiteQueries(parts.components().sites()));
        var db = parts.components().db();
        routes.get("/office/projects", ctx -> {
            PageContext page = parts.web().page(ctx, "projects", "proj.title");
            parts.web().render(ctx, "projects.jte", page, db.read(queries::projects));
        });
        routes.get("/office/projects/{id}", ctx -> {
            UUID id = Ids.path(ctx, "id");
            var project = db.read(c -> parts.components().sites().project(c, id)).orElseThrow(OfficeHalt::notFound);
            PageContext page = parts.web().page(ctx, "projects", "proj.oneTitle", project.name());
            parts.web().render(ctx, "project.jte", page, new ProjectView(project, db.read(c -> queries.buildings(c, id))));
        });
        routes.get("/office/buildings/{id}", ctx -> {
            UUID id = Ids.path(ctx, "id");
            ProjectQueries.Grid grid = db.read(c -> queries.grid(c, id)).orElseThrow(OfficeHalt::notFound);
            PageContext page = parts.web().page(ctx, "projects", "bldg.title", grid.project().name(),
                    grid.building().name());
            parts.web().render(ctx, "building.jte", page, grid);
        });
    }
}
