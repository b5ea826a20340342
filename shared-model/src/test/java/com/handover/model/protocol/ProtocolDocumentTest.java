package com.handover.model.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.Checks;
import com.handover.model.MarkupShape;
import com.handover.model.Point;
import com.handover.model.Role;
import com.handover.model.json.ModelJson;
import com.handover.model.sync.Hlc;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.sync.ops.WorkOrderOps;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Holds docs/PROTOCOL.md to the golden files and to the code, so that the document cannot drift. */
class ProtocolDocumentTest {

    private static final Path DOCUMENT = Path.of("../docs/PROTOCOL.md");
    private static final Pattern GOLDEN_MARKER = Pattern.compile("<!-- golden: ([A-Za-z0-9_./-]+\\.json) -->");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    private static List<String> lines;

    @BeforeAll
    static void readDocument() throws IOException {
        lines = Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8);
    }

    @Test
    void everyJsonExampleIsMarkedAsAGoldenFileAndEqualsIt() throws JsonProcessingException {
        var blocks = goldenBlocks();

        assertFalse(blocks.isEmpty());
        for (var block : blocks) {
            JsonNode inDocument = ModelJson.mapper().readTree(block.json());
            JsonNode file = ProtocolExamples.tree(block.file());
            assertTrue(JsonTrees.same(file, inDocument),
                    "docs/PROTOCOL.md line " + block.line() + " differs from " + block.file());
        }
    }

    @Test
    void everyOperationAndMessageExampleIsShownInTheDocument() {
        var shown = new TreeSet<String>();
        goldenBlocks().forEach(b -> shown.add(b.file()));

        var files = new TreeSet<String>();
        GoldenFileDirectory.fileNames("operations").forEach(f -> files.add("operations/" + f));
        GoldenFileDirectory.fileNames("messages").forEach(f -> files.add("messages/" + f));
        files.removeAll(shown);
        assertEquals(new TreeSet<String>(), files, "golden files the document does not show");
    }

    @Test
    void catalogueListsEveryOperationTypeWithItsEntityFieldAndRoles() {
        Map<String, List<String>> rows = tableRows(section("## 5. The operation catalogue"), 5);

        for (OperationType type : OperationType.values()) {
            List<String> row = rows.get("`" + type.wireName() + "`");
            assertNotNull(row, type.wireName() + " is missing from the catalogue table");
            assertEquals(type.entityKind().name(), row.get(1), type.wireName() + ": entity");
            assertFieldCell(type, row.get(2));
            assertEquals(ProtocolVocabulary.rolesAllowedToPush(type), roles(row.get(3)), type.wireName() + ": roles");
        }
        assertEquals(OperationType.values().length, rows.size(), "rows for types that do not exist");
    }

    @Test
    void envelopeTableNamesExactlyTheCodecsFields() {
        Map<String, List<String>> rows = tableRows(section("## 4. The operation envelope"), 3);

        assertEquals(List.of("`id`", "`type`", "`entity`", "`hlc`", "`actor`", "`device`", "`prev`", "`payload`"),
                new ArrayList<>(rows.keySet()));
    }

    @Test
    void errorTableListsEveryErrorCodeWithItsStatus() {
        Map<String, Integer> documented = new TreeMap<>();
        tableRows(section("## 11. Errors"), 3).forEach((code, row) ->
                documented.put(code.replace("`", ""), Integer.parseInt(row.get(1))));

        assertEquals(new TreeMap<>(ProtocolVocabulary.ERROR_STATUS), documented);
    }

    @Test
    void resultCodeTableListsEveryRejectCode() {
        var documented = new TreeSet<String>();
        tableRows(section("### Result codes"), 2).keySet().forEach(code -> documented.add(code.replace("`", "")));

        assertEquals(new TreeSet<>(ProtocolVocabulary.REJECT_CODES), documented);
    }

    @Test
    void limitsTableStatesTheLimitsTheCodeEnforces() {
        Map<String, List<String>> rows = tableRows(section("## 12. Limits"), 3);
        Map<String, List<Long>> expected = new LinkedHashMap<>();
        expected.put("Operations per push", List.of(500L));
        expected.put("JSON request body", List.of(4L * 1024 * 1024));
        expected.put("Pull page size", List.of(1000L, 500L));
        expected.put("Photo size", List.of(15L * 1024 * 1024));
        expected.put("Upload chunk", List.of(4L * 1024 * 1024));
        expected.put("Free text", List.of((long) Checks.MAX_TEXT));
        expected.put("Names", List.of((long) Checks.MAX_NAME));
        expected.put("Markup label", List.of((long) MarkupShape.MAX_LABEL));
        expected.put("List elements", List.of((long) Checks.MAX_LIST));
        expected.put("JSON nesting", List.of((long) ModelJson.MAX_NESTING_DEPTH));
        expected.put("JSON string value", List.of((long) ModelJson.MAX_STRING_LENGTH));
        expected.put("JSON number literal", List.of((long) ModelJson.MAX_NUMBER_LENGTH));
        expected.put("User name in operations, device id", List.of((long) Hlc.MAX_NODE_LENGTH));
        expected.put("HLC counter", List.of((long) Hlc.MAX_COUNTER));
        expected.put("Keys of one type", List.of((long) InspectionOps.MAX_KEYS_OF_ONE_TYPE));
        expected.put("Measured value", List.of((long) InspectionOps.MAX_MEASURED_VALUE));
        expected.put("Cost", List.of(WorkOrderOps.MAX_COST_FEN));
        expected.put("Point coordinates", List.of((long) Point.SCALE));
        expected.put("Failed logins", List.of(5L, 15L));

        expected.forEach((label, numbers) -> {
            List<String> row = rows.entrySet().stream().filter(e -> e.getKey().startsWith(label))
                    .map(Map.Entry::getValue).findFirst()
                    .orElseThrow(() -> new AssertionError("no row '" + label + "' in the limits table"));
            String value = row.get(1).replaceAll("[,\\s]", "");
            for (long n : numbers) {
                assertTrue(value.contains(Long.toString(n)), label + ": '" + row.get(1) + "' should state " + n);
            }
        });
    }

    private static void assertFieldCell(OperationType type, String cell) {
        String field = type.field(GoldenOperations.of(type).payload());
        if (field == null) {
            assertEquals("adds to a set", cell, type.wireName() + ": field");
            return;
        }
        List<String> tokens = new ArrayList<>();
        Matcher m = BACKTICKED.matcher(cell);
        while (m.find()) {
            tokens.add(m.group(1));
        }
        boolean named = tokens.stream().anyMatch(t -> t.equals(field)
                || (t.contains("<") && field.startsWith(t.substring(0, t.indexOf('<')))));
        assertTrue(named, type.wireName() + " writes '" + field + "' but the catalogue says " + cell);
    }

    private static Set<Role> roles(String cell) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : cell.split(",")) {
            roles.add(Role.valueOf(name.trim().toUpperCase()));
        }
        return roles;
    }

    private record GoldenBlock(String file, String json, int line) {
    }

    /** Every ```json block, each of which must follow a golden marker line. */
    private static List<GoldenBlock> goldenBlocks() {
        List<GoldenBlock> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).strip().equals("```json")) {
                continue;
            }
            Matcher marker = i > 0 ? GOLDEN_MARKER.matcher(lines.get(i - 1).strip()) : null;
            assertTrue(marker != null && marker.matches(),
                    "docs/PROTOCOL.md line " + (i + 1) + ": a JSON example must follow <!-- golden: <file> -->");
            StringBuilder json = new StringBuilder();
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).strip().equals("```")) {
                json.append(lines.get(j)).append('\n');
                j++;
            }
            blocks.add(new GoldenBlock(marker.group(1), json.toString(), i + 1));
            i = j;
        }
        return blocks;
    }

    /** The lines from {@code heading} to the next heading of the same or a higher level. */
    private static List<String> section(String heading) {
        int start = lines.indexOf(heading);
        assertTrue(start >= 0, "docs/PROTOCOL.md has no heading '" + heading + "'");
        String level = heading.substring(0, heading.indexOf(' ') + 1);
        int end = start + 1;
        while (end < lines.size() && !isHeadingAtOrAbove(lines.get(end), level.length() - 1)) {
            end++;
        }
        return lines.subList(start + 1, end);
    }

    private static boolean isHeadingAtOrAbove(String line, int level) {
        int hashes = 0;
        while (hashes < line.length() && line.charAt(hashes) == '#') {
            hashes++;
        }
        return hashes > 0 && hashes <= level && line.length() > hashes && line.charAt(hashes) == ' ';
    }

    /**
     * The rows of the first table in {@code section} whose header has {@code columns} columns, keyed by their
     * first cell (header and separator rows left out).
     */
    private static Map<String, List<String>> tableRows(List<String> section, int columns) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        boolean inTable = false;
        boolean headerSeen = false;
        for (String line : section) {
            if (!line.startsWith("|")) {
                if (inTable) {
                    break;
                }
                headerSeen = false;
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
                cells.add(cell.strip());
            }
            if (!headerSeen) {
                headerSeen = true;
                inTable = cells.size() == columns;
                continue;
            }
            if (!inTable || cells.get(0).startsWith("---")) {
                continue;
            }
            assertEquals(columns, cells.size(), "a table row with the wrong number of cells: " + line);
            assertTrue(rows.put(cells.get(0), cells) == null, "a row appears twice: " + line);
        }
        assertTrue(inTable, "no table with " + columns + " columns in the section");
        return rows;
    }
}
