package com.handover.server.office.browser;

import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.RoomTemplate;
import com.handover.model.labels.ChinesePunctuation;
import com.handover.model.labels.StatusLabels;
import com.handover.model.sync.OperationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a person reads on a rendered console page, and what should never be in it: enum names, checklist
 * codes (items, rooms, trades, categories), user names where the person has a name, unfilled {@code {0}}
 * placeholders or missing texts, and half-width punctuation in Chinese.
 */
public final class PageText {

    private static final Pattern HIDDEN = Pattern.compile(
            "(?is)<head>.*?</head>|<script.*?</script>|<style.*?</style>|<td class=\"mono username\">.*?</td>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d[^}]*}|\\?\\?[a-zA-Z0-9_.]+\\?\\?");

    private final Set<String> codes = new TreeSet<>();
    private final Set<String> usernames = new TreeSet<>();

    /**
     * @param enums     the enums whose constant names must not show
     * @param usernames the accounts that have a display name
     */
    public PageText(ChecklistCatalog catalog, Collection<Class<? extends Enum<?>>> enums, Collection<String> usernames) {
        for (Class<? extends Enum<?>> type : enums) {
            for (Enum<?> v : type.getEnumConstants()) {
                codes.add(v.name());
            }
        }
        StatusLabels.UNIT_STAGES.forEach(codes::add);
        for (OperationType t : OperationType.values()) {
            codes.add(t.wireName());
        }
        for (ChecklistTemplate t : catalog.templates()) {
            codes.add(t.code());
            for (RoomTemplate r : t.rooms()) {
                codes.add(r.code());
                for (ChecklistItem i : r.items()) {
                    codes.add(i.code());
                }
            }
        }
        var v = catalog.vocabulary();
        v.trades().forEach(x -> codes.add(x.code()));
        v.warrantyCategories().forEach(x -> codes.add(x.code()));
        v.methods().forEach(x -> codes.add(x.code()));
        this.usernames.addAll(usernames);
    }

    /** The page's visible text, one piece per text node (so that marks are not judged across cells). */
    public static List<String> pieces(String html) {
        String body = HIDDEN.matcher(html).replaceAll(" ");
        List<String> out = new ArrayList<>();
        for (String piece : TAG.split(body)) {
            String text = decode(piece).strip();
            if (!text.isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    /** What is wrong with the page's text, each with the piece it was found in. */
    public List<String> problems(String html, boolean chinese) {
        List<String> out = new ArrayList<>();
        for (String piece : pieces(html)) {
            Matcher w = WORD.matcher(piece);
            while (w.find()) {
                String word = w.group().replaceFirst("-\\d+$", "");
                if (codes.contains(word) || codes.contains(w.group())) {
                    out.add("code " + w.group() + " in \"" + piece + "\"");
                } else if (usernames.contains(w.group()) && (chinese || piece.equals(w.group()))) {
                    out.add("user name " + w.group() + " in \"" + piece + "\"");
                }
            }
            Matcher p = PLACEHOLDER.matcher(piece);
            while (p.find()) {
                out.add("placeholder " + p.group() + " in \"" + piece + "\"");
            }
            if (chinese) {
                ChinesePunctuation.find(piece).forEach(s -> out.add("half-width punctuation in \"" + s + "\""));
            }
        }
        return out;
    }

    private static String decode(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
