package com.handover.model.source;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shape of every module's main code: no method longer than {@value #MAX_METHOD_LINES} lines unless a
 * comment within it or just above it says why ("longer than 50 lines because …"), and no class named by its
 * full package path outside the imports.
 */
class MainSourceShapeTest {

    static final int MAX_METHOD_LINES = 50;
    private static final List<String> MODULES = List.of("shared-model", "sync-server", "mobile", "system-tests");
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\w.])(?:java|javax|javafx|com|org|io|okhttp3|jakarta)\\.(?:[a-z_][\\w]*\\.)*[A-Z]\\w*");
    private static final List<JavaSource> SOURCES = JavaSource.mainSources(Path.of(".."), MODULES);

    @Test
    void noMethodIsLongerThanFiftyLinesWithoutSayingWhy() throws IOException {
        Set<String> toSplit = listed("/source-shape/long-methods-to-split.txt");
        List<String> offenders = new ArrayList<>();
        Set<String> stillLong = new HashSet<>();
        for (JavaSource source : SOURCES) {
            String file = Path.of("..").relativize(source.path).toString().replace('\\', '/');
            for (JavaSource.Method m : source.methods()) {
                if (m.lines() > MAX_METHOD_LINES && !explained(source, m)) {
                    String key = file + "#" + m.name();
                    stillLong.add(key);
                    if (!toSplit.contains(key)) {
                        offenders.add(file + ":" + m.firstLine() + " " + m.name() + " (" + m.lines() + " lines)");
                    }
                }
            }
        }
        assertTrue(offenders.isEmpty(), offenders.size() + " methods over " + MAX_METHOD_LINES + " lines:\n"
                + String.join("\n", offenders));
        Set<String> split = new TreeSet<>(toSplit);
        split.removeAll(stillLong);
        assertTrue(split.isEmpty(), "no longer long, remove from long-methods-to-split.txt: " + split);
    }

    @Test
    void noClassIsNamedByItsFullPathOutsideTheImports() {
        List<String> offenders = new ArrayList<>();
        for (JavaSource source : SOURCES) {
            String[] lines = source.code.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.startsWith("import ") || line.startsWith("package ")) {
                    continue;
                }
                Matcher m = QUALIFIED.matcher(lines[i]);
                if (m.find()) {
                    offenders.add(source.path + ":" + (i + 1) + " " + m.group());
                }
            }
        }
        assertTrue(offenders.isEmpty(), offenders.size() + " class names written in full outside the imports:\n"
                + String.join("\n", offenders));
    }

    @Test
    void theScannerFindsALongMethodAndIgnoresBracesInTextAndLambdas() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < MAX_METHOD_LINES; i++) {
            body.append("        run(() -> { String s = \"}{\"; });\n");
        }
        String source = "class A {\n    void longOne() throws java.io.IOException {\n" + body + "    }\n"
                + "    void shortOne() { if (true) { } }\n}\n";
        JavaSource parsed = JavaSource.parse(Path.of("A.java"), source);
        assertTrue(parsed.methods().stream().anyMatch(m -> m.name().equals("longOne") && m.lines() == 52),
                parsed.methods().toString());
        assertTrue(parsed.methods().stream().noneMatch(m -> m.name().equals("run") || m.name().equals("if")),
                parsed.methods().toString());
        assertTrue(QUALIFIED.matcher(parsed.code).find());
    }

    private static Set<String> listed(String resource) throws IOException {
        try (InputStream in = MainSourceShapeTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            Set<String> out = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        }
    }

    private static boolean explained(JavaSource source, JavaSource.Method m) {
        for (int line = Math.max(1, m.firstLine() - 4); line <= m.lastLine(); line++) {
            if (source.line(line).toLowerCase(Locale.ROOT).contains("longer than 50 lines")) {
                return true;
            }
        }
        return false;
    }
}
