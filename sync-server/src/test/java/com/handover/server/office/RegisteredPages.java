package com.handover.server.office;

import com.handover.server.Components;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The console pages as registered in {@link OfficePages}: every GET route of every page group, read from the
 * router the groups install into (not a list kept by hand), without downloads, images and fragments.
 */
public final class RegisteredPages {

    /** Routes that answer with something other than a page. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            ".*(\\.csv|\\.xlsx|\\.pdf)$|.*/photos/.*|.*/floor-plan$|.*/warranty$|.*/verify$|.*\\{code}/v\\{version}.*");

    private RegisteredPages() {
    }

    /** The registered page routes, as Javalin paths ({@code /office/units/{id}}). */
    public static List<String> paths(Components components) {
        OfficeParts parts = new OfficeConsole(components).parts();
        Javalin app = Javalin.create(cfg -> OfficePages.all().forEach(g -> g.install(cfg.routes, parts)));
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(e -> e.method == HandlerType.GET)
                .map(e -> e.path)
                .filter(p -> !NOT_A_PAGE.matcher(p).matches())
                .distinct().sorted().toList();
    }

    /** Whether the address {@code path} (query ignored) is one of the route's pages. */
    public static boolean matches(String route, String path) {
        int q = path.indexOf('?');
        String bare = q < 0 ? path : path.substring(0, q);
        String regex = Pattern.quote(route).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
        return bare.matches(regex);
    }
}
