package com.handover.server.office.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's static files: its own CSS and JS (resources office/static) and the two served webjars (htmx,
 * ECharts). Only the files listed here are served, so no request path reaches the class path freely.
 */
public final class StaticAssets {

    public static final String HTMX = "/office/static/vendor/htmx.min.js";
    public static final String ECHARTS = "/office/static/vendor/echarts.min.js";

    private static final Map<String, String[]> FILES = Map.of(
            "/office/static/office.css", new String[] {"office/static/office.css", "text/css; charset=utf-8"},
            "/office/static/print.css", new String[] {"office/static/print.css", "text/css; charset=utf-8"},
            "/office/static/office.js", new String[] {"office/static/office.js", "text/javascript; charset=utf-8"},
            "/office/static/charts.js", new String[] {"office/static/charts.js", "text/javascript; charset=utf-8"},
            HTMX, new String[] {"META-INF/resources/webjars/htmx.org/2.0.8/dist/htmx.min.js",
                    "text/javascript; charset=utf-8"},
            ECHARTS, new String[] {"META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js",
                    "text/javascript; charset=utf-8"});

    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    public void install(RoutesConfig routes) {
        for (String path : FILES.keySet()) {
            routes.get(path, this::serve);
        }
    }

    private void serve(Context ctx) {
        String[] file = FILES.get(ctx.path());
        byte[] bytes = cache.computeIfAbsent(file[0], StaticAssets::load);
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType(file[1]).result(bytes);
    }

    private static byte[] load(String resource) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing console resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
