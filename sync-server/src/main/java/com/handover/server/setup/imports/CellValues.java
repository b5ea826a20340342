package com.handover.server.setup.imports;

import com.handover.model.DeliveryStandard;
import com.handover.model.checklist.PeriodUnit;
import com.handover.model.checklist.WarrantyPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the text of one import cell reads as a value; empty when it does not. */
final class CellValues {

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern EXCEL_SERIAL = Pattern.compile("\\d{5}(\\.0+)?");
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,9}(\\.\\d{1,2})?");
    private static final Pattern PERIOD = Pattern.compile("(\\d{1,4})\\s*(年|个月|月|个采暖期|采暖期|个供冷期|供冷期"
            + "|years?|months?|heating seasons?|cooling seasons?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROOM = Pattern.compile("([^×xX*\\d]+)\\s*(?:[×xX*]\\s*(\\d{1,2}))?");
    private static final Pattern PHONE = Pattern.compile("[0-9+][0-9 -]{2,30}");
    static final Map<String, String> ROOM_NAMES = new LinkedHashMap<>();
    private static final List<String> NUMBERED = List.of("BEDROOM", "BATHROOM", "BALCONY");

    static {
        ROOM_NAMES.put("门厅", "ENTRANCE");
        ROOM_NAMES.put("客厅", "LIVING");
        ROOM_NAMES.put("卧室", "BEDROOM");
        ROOM_NAMES.put("厨房", "KITCHEN");
        ROOM_NAMES.put("卫生间", "BATHROOM");
        ROOM_NAMES.put("阳台", "BALCONY");
    }

    private CellValues() {
    }

    static Optional<LocalDate> date(String text) {
        try {
            if (EXCEL_SERIAL.matcher(text).matches()) {
                return Optional.of(EXCEL_EPOCH.plusDays((long) Double.parseDouble(text)));
            }
            Matcher m = DATE.matcher(text);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Optional<Integer> integer(String text, int min, int max) {
        String t = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        if (!t.matches("-?\\d{1,4}")) {
            return Optional.empty();
        }
        int v = Integer.parseInt(t);
        return v < min || v > max ? Optional.empty() : Optional.of(v);
    }

    /** A non-negative amount with at most two decimals (metres², yuan). */
    static Optional<BigDecimal> decimal(String text) {
        String t = text.replace(",", "");
        return DECIMAL.matcher(t).matches() ? Optional.of(new BigDecimal(t)) : Optional.empty();
    }

    static Optional<DeliveryStandard> standard(String text) {
        return switch (text) {
            case "装修", "精装", "装修交付", "精装交付", "FINISHED" -> Optional.of(DeliveryStandard.FINISHED);
            case "毛坯", "毛坯交付", "BARE_SHELL" -> Optional.of(DeliveryStandard.BARE_SHELL);
            default -> Optional.empty();
        };
    }

    static Optional<WarrantyPeriod> period(String text) {
        if (text.equals("设计使用年限") || text.equals("合理使用年限") || text.equalsIgnoreCase("design service life")) {
            return Optional.of(WarrantyPeriod.serviceLife());
        }
        Matcher m = PERIOD.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int amount = Integer.parseInt(m.group(1));
        if (amount < 1 || amount > WarrantyPeriod.MAX_AMOUNT) {
            return Optional.empty();
        }
        PeriodUnit unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "年", "year", "years" -> PeriodUnit.YEARS;
            case "个月", "月", "month", "months" -> PeriodUnit.MONTHS;
            case "个采暖期", "采暖期", "heating season", "heating seasons" -> PeriodUnit.HEATING_SEASONS;
            default -> PeriodUnit.COOLING_SEASONS;
        };
        return Optional.of(new WarrantyPeriod(unit, amount));
    }

    /** Rooms like 客厅、卧室×3、厨房、卫生间×2、阳台 as room keys; empty if any part is unknown. */
    static Optional<List<String>> rooms(String text) {
        List<String> out = new ArrayList<>();
        for (String part : text.split("[、,，;；\\s]+")) {
            Matcher m = ROOM.matcher(part);
            String kind = m.matches() ? ROOM_NAMES.get(m.group(1).strip()) : null;
            if (kind == null) {
                return Optional.empty();
            }
            int count = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            if (count < 1 || count > 9 || !NUMBERED.contains(kind) && count > 1) {
                return Optional.empty();
            }
            for (int i = 1; i <= count; i++) {
                out.add(NUMBERED.contains(kind) ? kind + "-" + i : kind);
            }
        }
        return out.isEmpty() || out.size() != out.stream().distinct().count() ? Optional.empty() : Optional.of(out);
    }

    static boolean phone(String text) {
        return PHONE.matcher(text).matches();
    }
}
