package com.handover.server.office.repair.templates;

import com.handover.model.checklist.Bound;
import com.handover.model.checklist.ChecklistItem;
import com.handover.model.checklist.ChecklistTemplate;
import com.handover.model.checklist.LimitCondition;
import com.handover.model.checklist.MeasureUnit;
import com.handover.model.checklist.RoomTemplate;
import com.handover.model.checklist.Tolerance;
import com.handover.model.checklist.ToleranceLimit;
import com.handover.model.checklist.Verification;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A checklist template as a table (one row per item, room columns repeated), the form it takes in a
 * spreadsheet for import and export. A tolerance is written as limits separated by ';', each
 * {@code MEASURE MAX|MIN value UNIT [CONDITION]}, e.g. {@code FLATNESS MAX 4 MM; FLATNESS MAX 3 MM HIGH_GRADE}.
 */
public final class TemplateSheet {

    public static final List<String> HEADER = List.of("room_code", "room_name_zh", "room_name_en", "room_repeatable",
            "room_whole_unit", "item_code", "item_name_zh", "item_name_en", "method", "criterion_zh", "criterion_en",
            "warranty_category", "trade", "reference", "tolerance", "gauge", "test_hours", "verification");
    /** Most rows accepted in one import (the bundled finished-unit template has 118). */
    public static final int MAX_ROWS = 2_000;

    private TemplateSheet() {
    }

    /** Thrown for a sheet that does not make a valid template; says which row and column. */
    public static final class SheetException extends IllegalArgumentException {
        public SheetException(String message) {
            super(message);
        }
    }

    /** The header and one row per item. */
    public static List<List<String>> rows(ChecklistTemplate template) {
        List<List<String>> out = new ArrayList<>();
        out.add(HEADER);
        for (RoomTemplate room : template.rooms()) {
            for (ChecklistItem item : room.items()) {
                Tolerance t = item.tolerance();
                out.add(List.of(room.code(), room.nameZh(), room.nameEn(), Boolean.toString(room.repeatable()),
                        Boolean.toString(room.wholeUnit()), item.code(), item.nameZh(), item.nameEn(), item.method(),
                        item.criterionZh(), item.criterionEn(), item.warrantyCategory(), item.trade(),
                        nz(item.reference()), t == null ? "" : limits(t), t == null ? "" : nz(t.gauge()),
                        t == null || t.testDurationHours() == null ? "" : t.testDurationHours().toString(),
                        item.verification().name()));
            }
        }
        return out;
    }

    /**
     * Builds a template from a sheet whose first row is {@link #HEADER} (columns in any order).
     *
     * @throws SheetException naming the row (1 = the header) and column of the first problem
     */
    public static ChecklistTemplate parse(List<List<String>> sheet, String code, int version, String nameZh,
                                          String nameEn, String seedForm) {
        if (sheet.isEmpty()) {
            throw new SheetException("the sheet is empty; the first row must name the columns: " + String.join(",", HEADER));
        }
        if (sheet.size() - 1 > MAX_ROWS) {
            throw new SheetException("the sheet has more than " + MAX_ROWS + " item rows");
        }
        Map<String, Integer> columns = columns(sheet.get(0));
        Map<String, RoomRows> rooms = new LinkedHashMap<>();
        for (int r = 1; r < sheet.size(); r++) {
            Row row = new Row(sheet.get(r), columns, r + 1);
            if (row.blank()) {
                continue;
            }
            String roomCode = row.required("room_code");
            RoomRows room = rooms.computeIfAbsent(roomCode, k -> new RoomRows(row));
            try {
                room.items.add(item(row));
            } catch (SheetException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                throw new SheetException("row " + row.number + ": " + e.getMessage());
            }
        }
        List<RoomTemplate> built = new ArrayList<>();
        for (var e : rooms.entrySet()) {
            RoomRows rr = e.getValue();
            try {
                built.add(new RoomTemplate(e.getKey(), rr.first.required("room_name_zh"), rr.first.required("room_name_en"),
                        rr.first.bool("room_repeatable"), rr.first.bool("room_whole_unit"), rr.items));
            } catch (SheetException ex) {
                throw ex;
            } catch (IllegalArgumentException ex) {
                throw new SheetException("row " + rr.first.number + " (room " + e.getKey() + "): " + ex.getMessage());
            }
        }
        try {
            return new ChecklistTemplate(code, version, nameZh, nameEn, seedForm, built);
        } catch (IllegalArgumentException e) {
            throw new SheetException(e.getMessage());
        }
    }

    private static ChecklistItem item(Row row) {
        String tolerance = row.optional("tolerance");
        Tolerance t = null;
        if (tolerance != null) {
            String hours = row.optional("test_hours");
            Integer testHours;
            try {
                testHours = hours == null ? null : Integer.valueOf(hours);
            } catch (NumberFormatException e) {
                throw new SheetException("row " + row.number + ", column test_hours: not a whole number: " + hours);
            }
            t = new Tolerance(parseLimits(tolerance, row.number), row.optional("gauge"), testHours);
        }
        String verification = row.optional("verification");
        Verification v;
        try {
            v = verification == null ? Verification.UNVERIFIED : Verification.valueOf(verification.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SheetException("row " + row.number + ", column verification: one of VERIFIED, VERIFIED_SECONDARY,"
                    + " UNVERIFIED, QUALITATIVE");
        }
        return new ChecklistItem(row.required("item_code"), row.required("item_name_zh"), row.required("item_name_en"),
                row.required("method"), row.required("criterion_zh"), row.required("criterion_en"),
                row.required("warranty_category"), row.required("trade"), row.optional("reference"), t, v);
    }

    static String limits(Tolerance t) {
        List<String> parts = new ArrayList<>();
        for (ToleranceLimit l : t.limits()) {
            parts.add(l.measure() + " " + l.bound() + " " + l.value().toPlainString() + " " + l.unit()
                    + (l.condition() == null ? "" : " " + l.condition()));
        }
        return String.join("; ", parts);
    }

    static List<ToleranceLimit> parseLimits(String text, int rowNumber) {
        List<ToleranceLimit> out = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] w = part.trim().split("\\s+");
            if (w.length < 4 || w.length > 5) {
                throw new SheetException("row " + rowNumber + ", column tolerance: write each limit as"
                        + " MEASURE MAX|MIN value UNIT [CONDITION], e.g. FLATNESS MAX 4 MM");
            }
            try {
                out.add(new ToleranceLimit(w[0], Bound.valueOf(w[1].toUpperCase(Locale.ROOT)), new BigDecimal(w[2]),
                        MeasureUnit.valueOf(w[3].toUpperCase(Locale.ROOT)),
                        w.length == 5 ? LimitCondition.valueOf(w[4].toUpperCase(Locale.ROOT)) : null));
            } catch (IllegalArgumentException e) {
                throw new SheetException("row " + rowNumber + ", column tolerance: '" + part.trim() + "' is not a limit ("
                        + e.getMessage() + ")");
            }
        }
        return out;
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        for (String required : HEADER) {
            if (!columns.containsKey(required)) {
                throw new SheetException("row 1: the column " + required + " is missing; the columns are "
                        + String.join(",", HEADER));
            }
        }
        return columns;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static final class RoomRows {
        final Row first;
        final List<ChecklistItem> items = new ArrayList<>();

        RoomRows(Row first) {
            this.first = first;
        }
    }

    private static final class Row {
        final List<String> cells;
        final Map<String, Integer> columns;
        final int number;

        Row(List<String> cells, Map<String, Integer> columns, int number) {
            this.cells = cells;
            this.columns = columns;
            this.number = number;
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }

        String optional(String column) {
            int i = columns.get(column);
            String v = i < cells.size() ? cells.get(i) : null;
            return v == null || v.isBlank() ? null : v.trim();
        }

        String required(String column) {
            String v = optional(column);
            if (v == null) {
                throw new SheetException("row " + number + ", column " + column + ": a value is required");
            }
            return v;
        }

        boolean bool(String column) {
            String v = optional(column);
            if (v == null) {
                return false;
            }
            return switch (v.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1", "是" -> true;
                case "false", "no", "0", "否" -> false;
                default -> throw new SheetException("row " + number + ", column " + column + ": write true or false");
            };
        }
    }
}
