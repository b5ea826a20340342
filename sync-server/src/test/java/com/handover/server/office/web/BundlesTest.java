package com.handover.server.office.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text key exists in Chinese and in English, and every key a template names literally is in the bundles. */
class BundlesTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() {
        Set<String> zh = new TreeSet<>(Collections.list(Messages.of(Lang.ZH).bundle().getKeys()));
        Set<String> en = new TreeSet<>(Collections.list(Messages.of(Lang.EN).bundle().getKeys()));
        Set<String> onlyZh = new TreeSet<>(zh);
        onlyZh.removeAll(en);
        Set<String> onlyEn = new TreeSet<>(en);
        onlyEn.removeAll(zh);
        assertEquals(Set.of(), onlyZh, "keys only in Chinese");
        assertEquals(Set.of(), onlyEn, "keys only in English");
        assertEquals("仪表盘", Messages.of(Lang.ZH).t("nav.dashboard"));
        assertEquals("Dashboard", Messages.of(Lang.EN).t("nav.dashboard"));
    }

    @Test
    void everyKeyTheTemplatesNameExists() throws IOException {
        Pattern literal = Pattern.compile("\\bt\\(\"([a-zA-Z0-9_.]+)\"\\s*[,)]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jte") && !p.toString().contains("/repair/")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    if (!Messages.of(Lang.ZH).has(m.group(1))) {
                        missing.add(f.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), "missing keys: " + missing);
    }

    @Test
    void aMissingKeyShowsAsItselfNotAsAnError() {
        assertEquals("??no.such.key??", Messages.of(Lang.EN).t("no.such.key"));
    }
}
