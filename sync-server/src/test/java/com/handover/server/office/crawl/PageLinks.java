package com.handover.server.office.crawl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The links and form targets on a console page, read from its HTML. */
final class PageLinks {

    /** A form: its method, target and fields (name to the value the page filled in). */
    record Form(String method, String action, Map<String, String> fields) {
    }

    private static final Pattern HREF = Pattern.compile("(?:href|src|hx-get|data-href)=\"([^\"]+)\"");
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");
    private static final Pattern FIELD = Pattern.compile("<(input|select|textarea|button)\\b([^>]*)>");

    private PageLinks() {
    }

    static List<String> links(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = HREF.matcher(html);
        while (m.find()) {
            out.add(unescape(m.group(1)));
        }
        return out;
    }

    static List<Form> forms(String html, String pagePath) {
        List<Form> out = new ArrayList<>();
        Matcher m = FORM.matcher(html);
        while (m.find()) {
            Map<String, String> attributes = attributes(m.group(1));
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher f = FIELD.matcher(m.group(2));
            while (f.find()) {
                Map<String, String> a = attributes(f.group(2));
                if (a.containsKey("name")) {
                    fields.putIfAbsent(a.get("name"), a.getOrDefault("value", ""));
                }
            }
            String action = attributes.getOrDefault("action", pagePath);
            out.add(new Form(attributes.getOrDefault("method", "get").toUpperCase(), unescape(action), fields));
        }
        return out;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            out.put(m.group(1).toLowerCase(), unescape(m.group(2)));
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
