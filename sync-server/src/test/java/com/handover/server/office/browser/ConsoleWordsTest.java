package com.handover.server.office.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.json.BundledChecklists;
import com.handover.model.labels.StatusLabels;
import com.handover.model.sla.SlaRule;
import com.handover.model.sync.OpOutcome;
import com.handover.server.office.query.DueGroup;
import com.handover.server.office.query.UnitStatus;
import com.handover.server.office.repair.ConsoleHttp;
import com.handover.server.office.repair.board.BoardFilter;
import com.handover.server.office.repair.intake.IntakeRequest;
import com.handover.server.office.verify.RecordCheck;
import com.handover.server.store.jdbc.Sql;
import com.handover.server.sync.PushResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every console page, as the office, the admin, the supervisor and the project department, in Chinese and in English (and the public pages), read as
 * a person reads it: no enum names, no item, room, trade or category codes, no user names where the person has a
 * name, no unfilled {@code {0}} or missing text, and full-width punctuation in Chinese. Runs over HTTP against the
 * demo server; needs no browser.
 */
class ConsoleWordsTest {

    private static ConsoleServer server;
    private static PageText scan;

    @BeforeAll
    static void start() {
        server = ConsoleServer.start();
        ConsoleHttp admin = ConsoleHttp.signIn(server.baseUrl(), "admin", ConsoleServer.PASSWORD);
        assertEquals(303, admin.post("/office/repair/templates/FINISHED/draft/new", Map.of(), true).statusCode());
        List<String> named = server.components().db().read(c -> Sql.query(c,
                "SELECT username FROM users WHERE display_name <> username", rs -> rs.getString(1)));
        List<Class<? extends Enum<?>>> enums = new ArrayList<>(StatusLabels.TYPES);
        enums.addAll(List.of(UnitStatus.class, DueGroup.class, BoardFilter.View.class, IntakeRequest.Kind.class,
                RecordCheck.Status.class, PushResult.RejectCode.class, OpOutcome.Kind.class, SlaRule.class));
        scan = new PageText(BundledChecklists.catalog(), enums, named);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theScanFindsEachKindOfRawText() {
        String html = "<html><head><title>SELF_REPAIR</title></head><body><main><p>状态 SELF_REPAIR</p>"
                + "<td>BEDROOM-2</td><td>F-LIVING-WALL_PLUMB</td><td>inspector 记为不合格</td><p>The {0} of the buyer</p>"
                + "<p>??no.such.key??</p><p>墙面平整,无裂缝</p><td class=\"mono username\">inspector</td>"
                + "<script>var x = 'IN_PROGRESS';</script></main></body></html>";
        List<String> found = scan.problems(html, true);
        assertEquals(7, found.size(), found.toString());
        for (String what : List.of("code SELF_REPAIR", "code BEDROOM-2", "code F-LIVING-WALL_PLUMB", "user name inspector",
                "placeholder {0}", "placeholder ??no.such.key??", "half-width")) {
            assertTrue(found.stream().anyMatch(f -> f.startsWith(what)), what + " in " + found);
        }
        assertEquals(List.of(), scan.problems("<p>Inspector · 张验房，墙面平整（2 m 靠尺）</p>", true));
    }

    @Test
    void noPageShowsRawCodesUserNamesPlaceholdersOrHalfWidthPunctuation() {
        List<String> problems = new ArrayList<>();
        List<ConsolePages.Page> all = new ArrayList<>();
        int pages = 0;
        for (String user : ConsoleLayoutBrowserTest.USERS) {
            List<ConsolePages.Page> walked = ConsoleLayoutBrowserTest.pagesOf(server, user);
            all.addAll(walked);
            for (String lang : List.of("zh", "en")) {
                ConsoleHttp http = ConsoleHttp.signIn(server.baseUrl(), user, ConsoleServer.PASSWORD);
                http.get("/office/lang?to=" + lang + "&back=/office/");
                for (ConsolePages.Page page : walked) {
                    String html = http.get(page.path()).body();
                    scan.problems(html, lang.equals("zh")).forEach(p -> problems.add(user + " " + lang + " "
                            + page.path() + ": " + p));
                    pages++;
                }
            }
        }
        for (ConsolePages.Page page : ConsoleLayoutBrowserTest.publicPages(server)) {
            for (String lang : List.of("zh", "en")) {
                String html = anonymous(page.path(), lang);
                scan.problems(html, lang.equals("zh")).forEach(p -> problems.add("public " + lang + " " + page.path()
                        + ": " + p));
                pages++;
            }
        }
        assertTrue(pages > 60, "pages read: " + pages);
        assertEquals(List.of(), ConsoleLayoutBrowserTest.unwalked(server, all), "registered pages no account reached");
        assertEquals(List.of(), problems);
    }

    private static String anonymous(String path, String lang) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Cookie", "office_lang=" + lang).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
