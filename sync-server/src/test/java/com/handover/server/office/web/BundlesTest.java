package com.handover.server.office.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.WorkOrderStatus;
import com.handover.model.labels.ChinesePunctuation;
import com.handover.model.labels.StatusLabels;
import com.handover.server.office.query.UnitStatus;
import com.handover.server.office.repair.board.BoardFilter;
import com.handover.server.office.repair.intake.IntakeRequest;
import com.handover.server.office.verify.RecordCheck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text key exists in Chinese and in English, every key a template names literally is in the bundles, the
 * Chinese text uses the office's words and full-width punctuation, and status labels come from one place.
 */
class BundlesTest {

    /** Words an office does not use (GLOSSARY.md): 单位 for a dwelling, 承包商, 工单, 转自修, 签收 for a handover. */
    private static final Pattern BANNED = Pattern.compile("(?<!施工|责任|建设|监理|使用)单位|承包商|(?<!施)工单|转自修|签收|哈希|RFC");

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
            for (Path f : files.filter(p -> p.toString().endsWith(".jte")).toList()) {
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
    void chineseTextUsesTheOfficeWordsAndFullWidthPunctuation() {
        ResourceBundle zh = Messages.of(Lang.ZH).bundle();
        List<String> found = new ArrayList<>();
        for (String key : new TreeSet<>(Collections.list(zh.getKeys()))) {
            String text = zh.getString(key);
            ChinesePunctuation.find(text).forEach(s -> found.add(key + " punctuation: " + s));
            Matcher m = BANNED.matcher(text);
            while (m.find()) {
                found.add(key + " says " + m.group() + ": " + text);
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void statusLabelsComeOnlyFromTheSharedLabels() {
        List<String> duplicated = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            ResourceBundle shared = StatusLabels.bundle(lang.locale());
            for (String key : Collections.list(Messages.of(lang).bundle().getKeys())) {
                if (shared.containsKey(key) || key.startsWith("repair.enum.")) {
                    duplicated.add(lang + " " + key);
                }
            }
        }
        assertEquals(List.of(), duplicated, "status labels live in shared-model StatusLabels, once");
        assertEquals("自行维修", Messages.of(Lang.ZH).label(WorkOrderStatus.SELF_REPAIR));
        assertEquals(StatusLabels.find("enum.UnitStage.SIGNED", Locale.SIMPLIFIED_CHINESE).orElseThrow(),
                Messages.of(Lang.ZH).label(UnitStatus.SIGNED));
    }

    @Test
    void everyConstantOfTheConsolesOwnEnumsHasALabel() {
        List<String> missing = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(BoardFilter.View.class,
                    IntakeRequest.Kind.class, RecordCheck.Status.class, UnitStatus.class)) {
                for (Enum<?> v : type.getEnumConstants()) {
                    if (Messages.of(lang).label(v).startsWith("??")) {
                        missing.add(lang + " " + type.getName() + "." + v.name());
                    }
                }
            }
            for (Class<? extends Enum<?>> type : StatusLabels.TYPES) {
                for (Enum<?> v : type.getEnumConstants()) {
                    if (Messages.of(lang).label(v).startsWith("??")) {
                        missing.add(lang + " " + StatusLabels.key(v));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyPatternFillsItsPlaceholdersAndShowsApostrophesOnce() {
        List<String> broken = new ArrayList<>();
        Pattern placeholder = Pattern.compile("\\{\\d");
        for (Lang lang : Lang.values()) {
            Messages msg = Messages.of(lang);
            for (String key : Collections.list(msg.bundle().getKeys())) {
                String raw = msg.bundle().getString(key);
                boolean takesArguments = placeholder.matcher(raw).find();
                String shown = takesArguments ? msg.t(key, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2) : raw;
                if (placeholder.matcher(shown).find() || shown.contains("''")) {
                    broken.add(lang + " " + key + ": " + shown);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void aMissingKeyShowsAsItselfNotAsAnError() {
        assertEquals("??no.such.key??", Messages.of(Lang.EN).t("no.such.key"));
    }
}
