package com.handover.model.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Chinese text takes full-width punctuation (，；：（）); numbers and units keep half-width ("3 mm", "12:30").
 * This finds half-width {@code , ; : ( )} that stand next to Chinese text (spaces between allowed; a bracket
 * pair counts when either side or its content is Chinese) and turns them into their full-width forms.
 */
public final class ChinesePunctuation {

    private static final Map<Character, Character> FULL = Map.of(',', '，', ';', '；', ':', '：', '(', '（', ')', '）');

    private ChinesePunctuation() {
    }

    /** The places where a half-width mark stands in Chinese text, each with a little context. */
    public static List<String> find(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (int i : marks(text)) {
            out.add(text.substring(Math.max(0, i - 8), Math.min(text.length(), i + 9)));
        }
        return out;
    }

    /** The text with every such mark made full-width and the spaces around it dropped. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        TreeSet<Integer> marks = marks(text);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == ' ' && (marks.contains(nextNonSpace(text, i)) || marks.contains(previousNonSpace(text, i)))) {
                continue;
            }
            sb.append(marks.contains(i) ? FULL.get(ch) : ch);
        }
        return sb.toString();
    }

    private static TreeSet<Integer> marks(String text) {
        TreeSet<Integer> marks = brackets(text);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ((ch == ',' || ch == ';' || ch == ':') && chineseAround(text, i, marks)) {
                marks.add(i);
            }
        }
        return marks;
    }

    /** Brackets in Chinese text, as pairs where they pair up. */
    private static TreeSet<Integer> brackets(String text) {
        TreeSet<Integer> marks = new TreeSet<>();
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '(') {
                open.add(i);
            } else if (ch == ')') {
                int start = open.isEmpty() ? -1 : open.remove(open.size() - 1);
                if (chineseAround(text, i, marks) || (start >= 0 && (chineseAround(text, start, marks)
                        || containsHan(text.substring(start + 1, i))))) {
                    marks.add(i);
                    if (start >= 0) {
                        marks.add(start);
                    }
                }
            }
        }
        open.stream().filter(i -> chineseAround(text, i, marks)).forEach(marks::add);
        return marks;
    }

    /** True when the nearest non-space character before or after {@code i} is Chinese or becomes full-width. */
    private static boolean chineseAround(String text, int i, TreeSet<Integer> fullWidth) {
        int before = previousNonSpace(text, i);
        int after = nextNonSpace(text, i);
        return (before >= 0 && (chinese(text.charAt(before)) || fullWidth.contains(before)))
                || (after < text.length() && (chinese(text.charAt(after)) || fullWidth.contains(after)));
    }

    private static int previousNonSpace(String text, int i) {
        int j = i - 1;
        while (j >= 0 && text.charAt(j) == ' ') {
            j--;
        }
        return j;
    }

    private static int nextNonSpace(String text, int i) {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j;
    }

    private static boolean containsHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** A Han character or full-width punctuation. */
    private static boolean chinese(char ch) {
        return Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN
                || (ch >= '\u3000' && ch <= '\u303F') || (ch >= '\uFF00' && ch <= '\uFFEF');
    }
}
