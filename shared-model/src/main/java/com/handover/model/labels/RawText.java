package com.handover.model.labels;

import com.handover.model.checklist.ChecklistCatalog;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.RoomTemplate;
import com.handover.model.sync.OperationType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person should never read on a screen: enum names, checklist codes (templates, rooms, items, trades,
 * categories, methods, "BEDROOM-2" for the second bedroom), user names where the person has a name, unfilled
 * {@code {0}} placeholders or missing texts, and half-width punctuation in Chinese. Judges one piece of shown
 * text at a time (a label, a table cell), so that marks are not judged across pieces.
 */
public final class RawText {

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d[^}]*}|\\?\\?[a-zA-Z0-9_.]+\\?\\?");

    private final Set<String> codes = new TreeSet<>();
    private final Set<String> usernames = new TreeSet<>();

    /**
     * @param enums     the enums whose constant names must not show (the shared status types always count)
     * @param usernames the accounts that have a display name
     */
    public RawText(ChecklistCatalog catalog, Collection<Class<? extends Enum<?>>> enums, Collection<String> usernames) {
        List<Class<? extends Enum<?>>> all = new ArrayList<>(StatusLabels.TYPES);
        all.addAll(enums);
        for (Class<? extends Enum<?>> type : all) {
            for (Enum<?> v : type.getEnumConstants()) {
                codes.add(v.name());
            }
        }
        codes.addAll(StatusLabels.UNIT_STAGES);
        for (OperationType t : OperationType.values()) {
            codes.add(t.wireName());
        }
        for (ChecklistTemplate t : catalog.templates()) {
            codes.add(t.code());
            for (RoomTemplate r : t.rooms()) {
                codes.add(r.code());
                r.items().stream().map(ChecklistItem::code).forEach(codes::add);
            }
        }
        var v = catalog.vocabulary();
        v.trades().forEach(x -> codes.add(x.code()));
        v.warrantyCategories().forEach(x -> codes.add(x.code()));
        v.methods().forEach(x -> codes.add(x.code()));
        this.usernames.addAll(usernames);
    }

    /** What is wrong with one piece of shown text (empty: nothing). */
    public List<String> problems(String piece, boolean chinese) {
        List<String> out = new ArrayList<>();
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
        return out;
    }
}
