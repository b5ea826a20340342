package com.handover.server.office.pages;

import com.handover.model.Role;
import com.handover.model.site.Building;
import com.handover.model.site.Project;
import com.handover.server.auth.User;
import com.handover.server.office.OfficePageGroup;
import com.handover.server.office.OfficeParts;
import com.handover.server.setup.Accounts;
import com.handover.server.office.query.AdminQueries;
import com.handover.server.office.session.OfficeSession;
import com.handover.server.office.session.SessionService;
import com.handover.server.office.web.OfficeHalt;
import com.handover.server.office.web.PageContext;
import com.handover.server.store.AccountStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Administration (admin role only; the guard checks it): accounts (create, role, password reset, disable),
 * inspectors' project assignments, and device tokens (list, revoke). Every change is a form post with the
 * session's CSRF token; disabling a user or resetting a password also ends their sessions and tokens.
 */
public final class AdminPages implements OfficePageGroup {

    /** Shortest password an admin may set. */
    public static final int MIN_PASSWORD = Accounts.MIN_PASSWORD;
    public static final int MAX_PASSWORD = Accounts.MAX_PASSWORD;
    public static final int MAX_DISPLAY_NAME = Accounts.MAX_DISPLAY_NAME;

    /** {@code buildings}: each project's buildings, which can be assigned one by one. */
    public record View(List<AdminQueries.UserRow> users, List<AdminQueries.Assignment> assignments,
                       List<AdminQueries.TokenRow> tokens, List<Project> projects, Map<UUID, List<Building>> buildings,
                       String notice, String error, String self) {

        public List<Building> buildingsOf(Project p) {
            return buildings.getOrDefault(p.id(), List.of());
        }

        /** A person by name, from the accounts listed ("张验房"); the user name when none has it. */
        public String name(String username) {
            return users.stream().filter(u -> u.username().equals(username)).map(AdminQueries.UserRow::displayName)
                    .findFirst().orElse(username);
        }
    }

    private final AdminQueries queries = new AdminQueries();

    @Override
    public void install(RoutesConfig routes, OfficeParts parts) {
        routes.get("/office/admin", ctx -> show(ctx, parts, ctx.queryParam("done"), null, 200));
        routes.post("/office/admin/users", ctx -> createUser(ctx, parts));
        routes.post("/office/admin/users/{username}/role", ctx -> changeRole(ctx, parts));
        routes.post("/office/admin/users/{username}/password", ctx -> resetPassword(ctx, parts));
        routes.post("/office/admin/users/{username}/disabled", ctx -> setDisabled(ctx, parts));
        routes.post("/office/admin/assignments", ctx -> assign(ctx, parts, true));
        routes.post("/office/admin/assignments/remove", ctx -> assign(ctx, parts, false));
        routes.post("/office/admin/tokens/{hash}/revoke", ctx -> revokeToken(ctx, parts));
    }

    private void show(Context ctx, OfficeParts parts, String notice, String error, int status) {
        var c = parts.components();
        long now = c.clock().millis();
        View view = c.db().read(conn -> {
            List<Project> projects = c.sites().projects(conn);
            Map<UUID, List<Building>> buildings = new HashMap<>();
            for (Project p : projects) {
                buildings.put(p.id(), c.sites().buildings(conn, p.id()));
            }
            return new View(queries.users(conn), queries.assignments(conn), queries.liveTokens(conn, now), projects,
                    buildings, notice == null || !notice.matches("[a-zA-Z]{1,40}") ? null : notice, error,
                    parts.web().session(ctx).username());
        });
        PageContext page = parts.web().page(ctx, "admin", "admin.title");
        ctx.status(status);
        parts.web().render(ctx, "admin.jte", page, view);
    }

    private void refuse(Context ctx, OfficeParts parts, String errorKey) {
        show(ctx, parts, null, errorKey, 400);
    }

    private void createUser(Context ctx, OfficeParts parts) {
        Optional<String> refusal = new Accounts(parts.components()).create(new Accounts.NewAccount(
                trim(ctx.formParam("username")), trim(ctx.formParam("displayName")), role(ctx.formParam("role")),
                ctx.formParam("password")));
        if (refusal.isPresent()) {
            refuse(ctx, parts, refusal.get());
            return;
        }
        throw OfficeHalt.redirect("/office/admin?done=created");
    }

    private void changeRole(Context ctx, OfficeParts parts) {
        String username = existing(ctx, parts);
        Role role = role(ctx.formParam("role"));
        if (role == null) {
            refuse(ctx, parts, "admin.err.role");
            return;
        }
        if (username.equals(parts.web().session(ctx).username()) && role != Role.ADMIN) {
            refuse(ctx, parts, "admin.err.self");
            return;
        }
        parts.components().db().write(conn -> {
            parts.components().accounts().setRole(conn, username, role);
            return null;
        });
        if (!SessionService.mayUseConsole(role)) {
            parts.sessions().endAllOf(username);
        }
        throw OfficeHalt.redirect("/office/admin?done=role");
    }

    private void resetPassword(Context ctx, OfficeParts parts) {
        String username = existing(ctx, parts);
        String password = ctx.formParam("password");
        if (!passwordOk(password)) {
            refuse(ctx, parts, "admin.err.password");
            return;
        }
        var c = parts.components();
        String hash = c.passwords().hash(password);
        long now = c.clock().millis();
        c.db().write(conn -> {
            c.accounts().updatePasswordHash(conn, username, hash);
            c.accounts().clearLoginFailures(conn, username);
            parts.components().accounts().revokeAllTokens(conn, username, now);
            return null;
        });
        if (!username.equals(parts.web().session(ctx).username())) {
            parts.sessions().endAllOf(username);
        }
        throw OfficeHalt.redirect("/office/admin?done=password");
    }

    private void setDisabled(Context ctx, OfficeParts parts) {
        String username = existing(ctx, parts);
        boolean disable = "true".equals(ctx.formParam("disabled"));
        OfficeSession me = parts.web().session(ctx);
        if (disable && username.equals(me.username())) {
            refuse(ctx, parts, "admin.err.self");
            return;
        }
        var c = parts.components();
        long now = c.clock().millis();
        c.db().write(conn -> {
            parts.components().accounts().setDisabled(conn, username, disable);
            if (disable) {
                parts.components().accounts().revokeAllTokens(conn, username, now);
            }
            return null;
        });
        if (disable) {
            parts.sessions().endAllOf(username);
        }
        throw OfficeHalt.redirect("/office/admin?done=" + (disable ? "disabled" : "enabled"));
    }

    /**
     * Assigns (or takes back) a project whole or one building of it: the form's {@code target} is
     * {@code project:<id>} or {@code building:<id>}.
     */
    private void assign(Context ctx, OfficeParts parts, boolean add) {
        String username = trim(ctx.formParam("username"));
        String target = ctx.formParam("target");
        boolean building = target != null && target.startsWith("building:");
        UUID id;
        try {
            id = UUID.fromString(target == null ? "" : target.substring(target.indexOf(':') + 1));
        } catch (IllegalArgumentException e) {
            refuse(ctx, parts, "admin.err.project");
            return;
        }
        var c = parts.components();
        boolean ok = c.db().write(conn -> {
            var user = username == null ? Optional.<AccountStore.StoredUser>empty()
                    : c.accounts().findUser(conn, username);
            boolean exists = building ? c.sites().projectOfBuilding(conn, id).isPresent()
                    : target.startsWith("project:") && c.sites().projectExists(conn, id);
            if (user.isEmpty() || user.get().user().role() == Role.ADMIN || !exists) {
                return false;
            }
            if (building && add) {
                c.sites().assignBuilding(conn, username, id);
            } else if (building) {
                c.sites().unassignBuilding(conn, username, id);
            } else if (add) {
                c.sites().assignProject(conn, username, id);
            } else {
                c.accounts().unassign(conn, username, id);
            }
            return true;
        });
        if (!ok) {
            refuse(ctx, parts, "admin.err.assignment");
            return;
        }
        throw OfficeHalt.redirect("/office/admin?done=" + (add ? "assigned" : "unassigned"));
    }

    private void revokeToken(Context ctx, OfficeParts parts) {
        String hash = ctx.pathParam("hash");
        if (!hash.matches("[0-9a-f]{64}")) {
            throw OfficeHalt.notFound();
        }
        var c = parts.components();
        c.db().write(conn -> {
            c.accounts().revokeToken(conn, hash, c.clock().millis());
            return null;
        });
        if ("true".equals(ctx.header("HX-Request"))) {
            PageContext page = parts.web().page(ctx, "admin", "admin.title");
            ctx.contentType("text/html; charset=utf-8").result("<tr><td colspan=\"6\" class=\"muted\">" + escape(page.t("admin.tokenRevoked")) + "</td></tr>");
            return;
        }
        throw OfficeHalt.redirect("/office/admin?done=revoked");
    }

    private String existing(Context ctx, OfficeParts parts) {
        String username = ctx.pathParam("username");
        boolean exists = User.USERNAME.matcher(username).matches()
                && parts.components().db().read(conn -> queries.userExists(conn, username));
        if (!exists) {
            throw OfficeHalt.notFound();
        }
        return username;
    }

    private static boolean passwordOk(String password) {
        return Accounts.passwordOk(password);
    }

    private static Role role(String text) {
        try {
            return text == null ? null : Role.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
