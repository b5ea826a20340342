package com.handover.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Each hand-written shape check agrees with the regular expression it replaces, on chosen and random texts. */
class TextShapesTest {

    private static final String ALPHABET = "0123456789abcdefABCDEFXYZ_-.xyz中";

    private static void agrees(String regex, java.util.function.Predicate<String> check, List<String> samples,
                               int length) {
        Pattern p = Pattern.compile(regex);
        for (String s : samples) {
            assertEquals(p.matcher(s).matches(), check.test(s), regex + " on '" + s + "'");
        }
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(length + 3);
            for (int i = 0; i < len; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = sb.toString();
            assertEquals(p.matcher(s).matches(), check.test(s), regex + " on '" + s + "'");
        }
    }

    @Test
    void uuid() {
        agrees("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", TextShapes::lowerCaseUuid,
                List.of("123e4567-e89b-12d3-a456-426614174000", "123E4567-e89b-12d3-a456-426614174000",
                        "123e4567e89b-12d3-a456-4266141740000", ""), 40);
    }

    @Test
    void anIdIsReadFromCharactersExactlyWhenItHasTheShape() {
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            String text = n % 2 == 0 ? UUID.randomUUID().toString() : UUID.randomUUID().toString().toUpperCase();
            char[] chars = ("  " + text + "  ").toCharArray();
            if (n % 3 == 0) {
                chars[2 + random.nextInt(36)] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
            }
            String shown = new String(chars, 2, 36);
            UUID read = TextShapes.parseLowerCaseUuid(chars, 2, 36);
            assertEquals(TextShapes.lowerCaseUuid(shown) ? UUID.fromString(shown) : null, read, shown);
        }
        char[] valid = "123e4567-e89b-12d3-a456-426614174000".toCharArray();
        assertEquals(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
                TextShapes.parseLowerCaseUuid(valid, 0, 36));
        assertNull(TextShapes.parseLowerCaseUuid(valid, 0, 35), "one character short");
        assertNull(TextShapes.parseLowerCaseUuid("123e4567e89b-12d3-a456-4266141740000".toCharArray(), 0, 36));
        assertNull(TextShapes.parseLowerCaseUuid("123e4567-e89b-12d3-a456-42661417400\u0100".toCharArray(), 0, 36));
    }

    @Test
    void codesRoomKeysHashesClockNodesAndTokenCharacters() {
        agrees("[A-Z][A-Z0-9_-]{0,63}", TextShapes::code, List.of("F-LIVING-WALL_FLAT", "A", "a", "-A",
                "A".repeat(64), "A".repeat(65)), 8);
        agrees("[A-Z][A-Z0-9_]{0,31}(-[1-9][0-9]?)?", TextShapes::roomKey, List.of("LIVING", "BEDROOM-2",
                "BEDROOM-0", "BEDROOM-10", "BEDROOM-100", "BEDROOM-", "A-1-2", "B" + "C".repeat(31) + "-9",
                "B" + "C".repeat(32)), 6);
        agrees("[a-z0-9._-]{1,64}", TextShapes::username, List.of("inspector.li", "", "A", "x".repeat(64),
                "x".repeat(65)), 6);
        agrees("[0-9a-f]{64}", TextShapes::sha256Hex, List.of("a".repeat(64), "A".repeat(64), "a".repeat(63)), 66);
        agrees("[A-Za-z0-9_-]{1,64}", s -> TextShapes.clockNode(s, 0), List.of("dev-1", "", "x".repeat(64),
                "x".repeat(65), "a.b"), 6);
        agrees("[A-Za-z0-9_-]*", s -> TextShapes.urlSafe(s, 0), List.of("", "Ab9_-", "a b", "a+b", "a/b", "a=",
                "é", "中"), 8);
    }
}
