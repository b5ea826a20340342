package com.handover.server.setup.records;

import static com.handover.server.setup.imports.ImportSheets.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which set-up records can be edited one by one, and which of their import columns. A record's key columns
 * (项目编号, 楼栋, 户型编号, 房号, 施工单位名称) are not editable: its id derives from them, and everything recorded
 * against it is filed under that id.
 */
public final class RecordForms {

    /** One kind of record: its sheet, the columns naming one record, and the columns an edit may change. */
    public record Form(String kind, String sheet, List<String> keys, List<String> editable) {

        /** The rows of this form's record, by its key value (key columns joined with '|'). */
        public boolean selects(Map<String, String> row, String key) {
            return keys.isEmpty() || key(row).equals(key);
        }

        public String key(Map<String, String> row) {
            return String.join("|", keys.stream().map(k -> row.getOrDefault(k, "")).toList());
        }
    }

    public static final List<Form> FORMS = List.of(
            new Form("project", PROJECT, List.of(), List.of(PROJECT_NAME, CITY, SERVICE_LIFE, HEATING, COOLING)),
            new Form("building", BUILDINGS, List.of(BUILDING), List.of(FLOORS, COMPLETION)),
            new Form("type", UNIT_TYPES, List.of(TYPE_CODE), List.of(TYPE_NAME, STANDARD, ROOMS)),
            new Form("unit", UNITS, List.of(BUILDING, UNIT_NUMBER), List.of(FLOOR, TYPE_CODE, AREA, OWNER, PHONE, PLANNED)),
            new Form("contractor", CONTRACTORS, List.of(CONTRACTOR), List.of(DEPOSIT, CONTACT, CONTACT_PHONE)),
            new Form("duty", CONTRACTORS, List.of(BUILDING, TRADE), List.of(CONTRACTOR)));

    /** The message key labelling each column on the edit pages. */
    public static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(PROJECT_CODE, "records.f.projectCode"), Map.entry(PROJECT_NAME, "records.f.projectName"),
            Map.entry(CITY, "records.f.city"), Map.entry(SERVICE_LIFE, "records.f.serviceLife"),
            Map.entry(HEATING, "records.f.heating"), Map.entry(COOLING, "records.f.cooling"),
            Map.entry(BUILDING, "records.f.building"), Map.entry(FLOORS, "records.f.floors"),
            Map.entry(COMPLETION, "records.f.completion"), Map.entry(TYPE_CODE, "records.f.typeCode"),
            Map.entry(TYPE_NAME, "records.f.typeName"), Map.entry(STANDARD, "records.f.standard"),
            Map.entry(ROOMS, "records.f.rooms"), Map.entry(UNIT_NUMBER, "records.f.unitNumber"),
            Map.entry(FLOOR, "records.f.floor"), Map.entry(AREA, "records.f.area"), Map.entry(OWNER, "records.f.owner"),
            Map.entry(PHONE, "records.f.phone"), Map.entry(PLANNED, "records.f.planned"),
            Map.entry(CONTRACTOR, "records.f.contractor"), Map.entry(TRADE, "records.f.trade"),
            Map.entry(DEPOSIT, "records.f.deposit"), Map.entry(CONTACT, "records.f.contact"),
            Map.entry(CONTACT_PHONE, "records.f.contactPhone"), Map.entry(CATEGORY, "records.f.category"),
            Map.entry(PERIOD, "records.f.period"));

    private RecordForms() {
    }

    public static Optional<Form> form(String kind) {
        return FORMS.stream().filter(f -> f.kind().equals(kind)).findFirst();
    }
}
