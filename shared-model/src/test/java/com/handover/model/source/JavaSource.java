package com.handover.model.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One Java source file read for its shape: the code with comments, strings and character literals blanked
 * (line breaks kept, so positions keep their line numbers), and the methods found by their braces.
 */
final class JavaSource {

    /** One method or constructor body: its name, the lines of its signature and closing brace. */
    record Method(String name, int firstLine, int lastLine) {
        int lines() {
            return lastLine - firstLine + 1;
        }
    }

    private static final Set<String> NOT_METHODS = Set.of("if", "for", "while", "switch", "catch", "synchronized",
            "try", "do", "else", "return", "new", "super", "this");

    final Path path;
    final String text;
    final String code;

    private JavaSource(Path path, String text) {
        this.path = path;
        this.text = text;
        this.code = blank(text);
    }

    static JavaSource parse(Path path, String text) {
        return new JavaSource(path, text);
    }

    static JavaSource read(Path path) {
        try {
            return new JavaSource(path, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every .java file under the main source folder of each module of the build found above the test. */
    static List<JavaSource> mainSources(Path root, List<String> modules) {
        List<JavaSource> out = new ArrayList<>();
        for (String module : modules) {
            Path dir = root.resolve(module).resolve("src/main/java");
            if (!Files.isDirectory(dir)) {
                throw new IllegalStateException("no main sources at " + dir.toAbsolutePath());
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> out.add(read(p)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    int lineOf(int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    String line(int number) {
        return text.split("\n", -1)[number - 1];
    }

    /** The methods and constructors, each with the line of its name and of its closing brace. */
    List<Method> methods() {
        List<Method> out = new ArrayList<>();
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) != '{') {
                continue;
            }
            int nameStart = methodNameBefore(i);
            if (nameStart < 0) {
                continue;
            }
            int end = closingBrace(i);
            String name = code.substring(nameStart, code.indexOf('(', nameStart)).strip();
            out.add(new Method(name, lineOf(nameStart), lineOf(end)));
        }
        return out;
    }

    private int methodNameBefore(int brace) {
        int p = skipSpace(brace - 1);
        String before = code.substring(0, p + 1);
        int throwsAt = before.lastIndexOf(" throws ");
        if (throwsAt > 0 && before.substring(throwsAt + 8).matches("[\\w.,\\s<>]+")) {
            p = skipSpace(throwsAt);
        }
        if (p < 0 || code.charAt(p) != ')') {
            return -1;
        }
        int open = openingParen(p);
        int nameEnd = skipSpace(open - 1);
        int nameStart = nameEnd;
        while (nameStart >= 0 && Character.isJavaIdentifierPart(code.charAt(nameStart))) {
            nameStart--;
        }
        String name = code.substring(nameStart + 1, nameEnd + 1);
        if (name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) || NOT_METHODS.contains(name)) {
            return -1;
        }
        int prev = skipSpace(nameStart);
        if (prev >= 2 && code.startsWith("new", prev - 2) || prev >= 5 && code.startsWith("record", prev - 5)
                || prev >= 0 && code.charAt(prev) == '.') {
            return -1;
        }
        return nameStart + 1;
    }

    private int skipSpace(int from) {
        int p = from;
        while (p >= 0 && Character.isWhitespace(code.charAt(p))) {
            p--;
        }
        return p;
    }

    private int openingParen(int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char ch = code.charAt(i);
            if (ch == ')') {
                depth++;
            } else if (ch == '(' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException(path + ": unbalanced parentheses before line " + lineOf(close));
    }

    private int closingBrace(int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char ch = code.charAt(i);
            if (ch == '{') {
                depth++;
            } else if (ch == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException(path + ": unbalanced braces after line " + lineOf(open));
    }

    /** The text with comments, string, text-block and character literals replaced by spaces. */
    static String blank(String s) {
        StringBuilder out = new StringBuilder(s);
        int i = 0;
        while (i < s.length()) {
            int end;
            if (s.startsWith("//", i)) {
                end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
            } else if (s.startsWith("/*", i)) {
                end = s.indexOf("*/", i + 2) + 2;
            } else if (s.startsWith("\"\"\"", i)) {
                end = s.indexOf("\"\"\"", i + 3) + 3;
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                end = literalEnd(s, i);
            } else {
                i++;
                continue;
            }
            for (int k = i; k < end; k++) {
                if (out.charAt(k) != '\n') {
                    out.setCharAt(k, ' ');
                }
            }
            i = end;
        }
        return out.toString();
    }

    private static int literalEnd(String s, int start) {
        char quote = s.charAt(start);
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote) {
            i += s.charAt(i) == '\\' ? 2 : 1;
        }
        return i + 1;
    }
}
