package com.handover.server.setup.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout of a project import file: its sheets (csv sections) and their Chinese column headers, required
 * columns first. The template, the readers and the checks all use this one list.
 */
public final class ImportSheets {

    public static final String PROJECT = "项目";
    public static final String WARRANTY = "保修期";
    public static final String BUILDINGS = "楼栋";
    public static final String UNIT_TYPES = "户型";
    public static final String UNITS = "房屋";
    public static final String CONTRACTORS = "施工单位";

    public static final String PROJECT_CODE = "项目编号";
    public static final String PROJECT_NAME = "项目名称";
    public static final String CITY = "城市";
    public static final String SERVICE_LIFE = "设计使用年限";
    public static final String HEATING = "采暖期";
    public static final String COOLING = "供冷期";
    public static final String CATEGORY = "保修类别";
    public static final String PERIOD = "约定保修期";
    public static final String BUILDING = "楼栋";
    public static final String FLOORS = "层数";
    public static final String COMPLETION = "竣工验收日期";
    public static final String TYPE_CODE = "户型编号";
    public static final String TYPE_NAME = "户型名称";
    public static final String STANDARD = "交付标准";
    public static final String ROOMS = "房间";
    public static final String UNIT_NUMBER = "房号";
    public static final String FLOOR = "楼层";
    public static final String AREA = "建筑面积（㎡）";
    public static final String OWNER = "业主姓名";
    public static final String PHONE = "业主电话";
    public static final String PLANNED = "通知交付日期";
    public static final String CONTRACTOR = "施工单位名称";
    public static final String TRADE = "专业";
    public static final String DEPOSIT = "质保金（元）";
    public static final String CONTACT = "联系人";
    public static final String CONTACT_PHONE = "维修电话";

    /** Columns per sheet, in template order. */
    public static final Map<String, List<String>> COLUMNS = new LinkedHashMap<>();
    /** Columns that may be left out of a file entirely. */
    public static final List<String> OPTIONAL = List.of(SERVICE_LIFE, HEATING, COOLING, OWNER, PHONE, PLANNED, AREA, CONTACT, CONTACT_PHONE);

    static {
        COLUMNS.put(PROJECT, List.of(PROJECT_CODE, PROJECT_NAME, CITY, SERVICE_LIFE, HEATING, COOLING));
        COLUMNS.put(WARRANTY, List.of(CATEGORY, PERIOD));
        COLUMNS.put(BUILDINGS, List.of(BUILDING, FLOORS, COMPLETION));
        COLUMNS.put(UNIT_TYPES, List.of(TYPE_CODE, TYPE_NAME, STANDARD, ROOMS));
        COLUMNS.put(UNITS, List.of(BUILDING, UNIT_NUMBER, FLOOR, TYPE_CODE, AREA, OWNER, PHONE, PLANNED));
        COLUMNS.put(CONTRACTORS, List.of(CONTRACTOR, TRADE, BUILDING, DEPOSIT, CONTACT, CONTACT_PHONE));
    }

    /** Sheets that may be left out (no agreed periods: the statutory minimums apply). */
    public static final List<String> OPTIONAL_SHEETS = List.of(WARRANTY);

    private ImportSheets() {
    }
}
