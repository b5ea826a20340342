package com.handover.server.office.browser;

import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.labels.RawText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text a person reads on a rendered console page, and what should never be in it: enum names, checklist
 * codes (items, rooms, trades, categories), user names where the person has a name, unfilled {@code {0}}
 * placeholders or missing texts, half-width punctuation in Chinese, and in English a trade's or warranty
 * category's Chinese name where the vocabulary has its English one.
 */
public final class PageText {

    private static final Pattern HIDDEN = Pattern.compile(
            "(?is)<head>.*?</head>|<script.*?</script>|<style.*?</style>|<td class=\"mono username\">.*?</td>");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");

    private final RawText raw;
    /** Trade and warranty category names in Chinese whose English the vocabulary has: not for English pages. */
    private final Set<String> chineseNames = new HashSet<>();

    /**
     * @param enums     the enums whose constant names must not show
     * @param usernames the accounts that have a display name
     */
    public PageText(ChecklistCatalog catalog, Collection<Class<? extends Enum<?>>> enums, Collection<String> usernames) {
        this.raw = new RawText(catalog, enums, usernames);
        catalog.vocabulary().trades().forEach(t -> chineseNames.add(t.nameZh()));
        catalog.vocabulary().warrantyCategories().forEach(c -> chineseNames.add(c.nameZh()));
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
            out.addAll(raw.problems(piece, chinese));
            if (!chinese && chineseNames.contains(piece)) {
                out.add("Chinese name in English: " + piece);
            }
        }
        return out;
    }

    private static String decode(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
