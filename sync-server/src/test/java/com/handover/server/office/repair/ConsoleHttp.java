package com.handover.server.office.repair;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A signed-in console session over plain HTTP: GET pages, POST forms with or without the CSRF token. */
public final class ConsoleHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf;

    private ConsoleHttp(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    public static ConsoleHttp signIn(String base, String username, String password) {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        ConsoleHttp s = new ConsoleHttp(base, http);
        s.get("/office/login");
        String token = cookies.getCookieStore().getCookies().stream()
                .filter(k -> k.getName().equals("office_login_csrf")).map(HttpCookie::getValue).findFirst().orElseThrow();
        HttpResponse<String> r = s.send(HttpRequest.newBuilder(URI.create(base + "/office/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "_csrf", token, "next", "/office/")))).build());
        if (r.statusCode() != 303) {
            throw new IllegalStateException("sign-in answered " + r.statusCode());
        }
        // The intake page for the office; the 签认 page for the supervisor and 项目部, who see only that one.
        for (String page : new String[] {"/office/repair/intake", "/office/repair/confirmations"}) {
            Matcher m = CSRF.matcher(s.get(page).body());
            if (m.find()) {
                s.csrf = m.group(1);
                return s;
            }
        }
        throw new IllegalStateException("no CSRF token on the page");
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** Posts the fields and, when {@code withCsrf}, the session's CSRF token. */
    public HttpResponse<String> post(String path, Map<String, String> fields, boolean withCsrf) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        if (withCsrf) {
            all.put("_csrf", csrf);
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(all))).build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
