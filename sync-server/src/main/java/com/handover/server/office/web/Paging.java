package com.handover.server.office.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One page of a long list: which page (from 1), how many lines a page holds, how many lines there are, and
 * the links to the other pages (the request's other query parameters kept; {@code param} names the page, so a
 * page with several lists pages each on its own). A page past the end shows the last page; anything
 * unreadable shows the first.
 */
public record Paging(int page, int size, long total, String path, String query, String param) {

    /** The query parameter that names the page of a page's one list. */
    public static final String PARAM = "page";
    /** The page links shown either side of the current page. */
    private static final int AROUND = 2;

    public Paging {
        if (size < 1) {
            throw new IllegalArgumentException("page size must be at least 1");
        }
        long pages = Math.max(1, (total + size - 1) / size);
        page = (int) Math.max(1, Math.min(page, pages));
    }

    /** The page a request asks for, of a list of {@code total} lines. */
    public static Paging of(Context ctx, int size, long total) {
        return of(ctx, PARAM, size, total);
    }

    /** The page a request asks for in {@code ?<param>=}, of a list of {@code total} lines. */
    public static Paging of(Context ctx, String param, int size, long total) {
        return new Paging(requested(ctx.queryParam(param)), size, total, ctx.path(), otherParams(ctx, param), param);
    }

    /** The page a request asks for (from 1), before the list's length is known. */
    public static int requested(Context ctx) {
        return requested(ctx.queryParam(PARAM));
    }

    static int requested(String value) {
        if (value == null || !value.matches("[1-9][0-9]{0,6}")) {
            return 1;
        }
        return Integer.parseInt(value);
    }

    private static String otherParams(Context ctx, String param) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
            if (e.getKey().equals(param)) {
                continue;
            }
            for (String v : e.getValue()) {
                sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&');
            }
        }
        return sb.toString();
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** Index of the first line of this page in the whole list (from 0). */
    public int offset() {
        return (page - 1) * size;
    }

    /** The first line shown, counted from 1 (0 for an empty list). */
    public long first() {
        return total == 0 ? 0 : offset() + 1L;
    }

    public long last() {
        return Math.min(total, (long) offset() + size);
    }

    /** This page's slice of a list holding every line. */
    public <T> List<T> slice(List<T> all) {
        return all.subList(Math.min(offset(), all.size()), Math.min(all.size(), offset() + size));
    }

    public boolean needed() {
        return pages() > 1;
    }

    public String href(int to) {
        return path + "?" + query + param + "=" + to;
    }

    /** The page numbers to link: the first, the last, and a few around this one; 0 stands for a gap. */
    public List<Integer> links() {
        List<Integer> out = new ArrayList<>();
        int last = pages();
        for (int p = 1; p <= last; p++) {
            if (p == 1 || p == last || Math.abs(p - page) <= AROUND) {
                out.add(p);
            } else if (!out.isEmpty() && out.get(out.size() - 1) != 0) {
                out.add(0);
            }
        }
        return out;
    }
}
