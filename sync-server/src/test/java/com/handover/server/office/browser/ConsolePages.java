package com.handover.server.office.browser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every kind of console page a signed-in user can reach by following links, found by walking the console from
 * its seeds: one address per kind (addresses that differ only in ids, codes, numbers or query values are one kind).
 * Pages other teams add are found the same way, as soon as something links to them.
 */
public final class ConsolePages {

    /** Most kinds of page walked; a console with more would be a bug in how kinds are told apart. */
    public static final int MAX_KINDS = 200;

    private static final Pattern HREF = Pattern.compile("href=\"(/(?:office|v)/[^\"#]*)\"");
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Links that are not pages: downloads, images, language switch, static files, the public pages' own. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            ".*(\\.csv|\\.xlsx|\\.pdf|\\.png|\\.jpg)(\\?.*)?$|/office/lang.*|/office/photos/.*|/office/static/.*"
                    + "|.*/floor-plan(\\?.*)?$|/office/logout.*");

    /** A page: its address and the name of its kind ("repair-work-orders-id"). */
    public record Page(String path, String kind) {
    }

    private ConsolePages() {
    }

    /**
     * Walks from {@code seeds}, reading each page with {@code html} (null for a page that is not HTML), and
     * returns one page per kind, in the order found.
     */
    public static List<Page> walk(List<String> seeds, Function<String, String> html) {
        Map<String, Page> kinds = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>(seeds);
        while (!queue.isEmpty() && kinds.size() < MAX_KINDS) {
            String path = queue.poll();
            String kind = kind(path);
            if (kinds.containsKey(kind) || NOT_A_PAGE.matcher(path).matches()) {
                continue;
            }
            String body = html.apply(path);
            if (body == null) {
                continue;
            }
            kinds.put(kind, new Page(path, kind));
            Matcher m = HREF.matcher(body);
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                if (!kinds.containsKey(kind(link))) {
                    queue.add(link);
                }
            }
        }
        return new ArrayList<>(kinds.values());
    }

    /** The kind of an address: ids and numbers as placeholders, query parameters by name only. */
    public static String kind(String path) {
        int q = path.indexOf('?');
        String p = q < 0 ? path : path.substring(0, q);
        p = ID.matcher(p).replaceAll("id").replaceAll("/v/[0-9A-Za-z]+", "/v/code").replaceAll("/[0-9]+(?=/|$)", "/n")
                .replaceAll("/(?=[A-Z0-9_-]*[A-Z])[A-Z0-9_-]+(?=/|$)", "/code");
        TreeSet<String> names = new TreeSet<>();
        if (q >= 0) {
            for (String pair : path.substring(q + 1).split("&")) {
                String name = pair.split("=", 2)[0];
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        String slug = p.replaceFirst("^/office/?", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            slug = p.startsWith("/v/") ? "public" : "dashboard";
        }
        return names.isEmpty() ? slug : slug + "--" + String.join("-", names);
    }
}
