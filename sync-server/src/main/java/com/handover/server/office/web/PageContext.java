package com.handover.server.office.web;

import com.handover.server.office.session.OfficeSession;
import com.handover.server.store.StateStore;
import com.handover.server.sync.StateFolder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the layout and every page template need besides their own view: the language and its text, the
 * signed-in user, the CSRF token for forms, the current page for the navigation, and formatting helpers.
 */
public final class PageContext {

    /** From this many days on, a duration is said in whole days (the app's {@code Durations} says the same). */
    public static final int HOURS_MATTER_BELOW_DAYS = 3;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Units set aside that a page names; the banner counts them all. */
    static final int UNITS_SET_ASIDE_NAMED = 10;

    private final Messages msg;
    private final OfficeSession session;
    private final String nav;
    private final String title;
    private final String path;
    private final ZoneId zone;
    private StateFolder.Lag stateLag;
    private UnitsSetAside unitsSetAside = UnitsSetAside.NONE;

    public PageContext(Messages msg, OfficeSession session, String nav, String title, String path, ZoneId zone) {
        this.msg = msg;
        this.session = session;
        this.nav = nav;
        this.title = title;
        this.path = path;
        this.zone = zone;
    }

    /** Marks the page as shown while the state tables were {@code lag} behind the log (null: they were not). */
    PageContext withStateLag(StateFolder.Lag lag) {
        this.stateLag = lag;
        return this;
    }

    /** How far behind the log the state tables were when this page read them, or null when they held it all. */
    public StateFolder.Lag stateLag() {
        return stateLag;
    }

    /** Marks the page as shown while the state tables could not fold these units (null: none). */
    PageContext withUnitsSetAside(UnitsSetAside units) {
        this.unitsSetAside = units == null ? UnitsSetAside.NONE : units;
        return this;
    }

    /** The units whose operations the state tables could not fold when this page read them, oldest first. */
    public List<StateStore.UnitSetAside> unitsSetAside() {
        return unitsSetAside.units();
    }

    /** A unit set aside by name, or null for a unit the reference data does not hold. */
    public String unitSetAsideLabel(StateStore.UnitSetAside unit) {
        return unitsSetAside.label(unit);
    }

    /**
     * The first {@value #UNITS_SET_ASIDE_NAMED} units set aside as the page names them, each by building and
     * number (one the reference data does not hold, as such); an ellipsis stands for the rest.
     */
    public String unitsSetAsideNamed() {
        List<StateStore.UnitSetAside> units = unitsSetAside.units();
        String named = units.stream().limit(UNITS_SET_ASIDE_NAMED)
                .map(u -> Objects.requireNonNullElse(unitsSetAside.label(u), msg.t("sync.unknownUnit")))
                .collect(Collectors.joining(msg.t("list.separator")));
        return units.size() > UNITS_SET_ASIDE_NAMED ? named + "…" : named;
    }

    public Messages msg() {
        return msg;
    }

    public String t(String key) {
        return msg.t(key);
    }

    public String t(String key, Object... args) {
        return msg.t(key, args);
    }

    public String label(Enum<?> value) {
        return msg.label(value);
    }

    public String templateName(String code, int version) {
        return msg.templateName(code, version);
    }

    public Lang lang() {
        return msg.lang();
    }

    public Locale locale() {
        return msg.locale();
    }

    public boolean zh() {
        return msg.lang() == Lang.ZH;
    }

    /** Null on pages shown without signing in (sign-in, public verification). */
    public OfficeSession session() {
        return session;
    }

    public boolean signedIn() {
        return session != null;
    }

    public String csrf() {
        return session == null ? "" : session.csrfToken();
    }

    public String nav() {
        return nav;
    }

    public String title() {
        return title;
    }

    public String path() {
        return path;
    }

    public List<NavItem> navItems() {
        return NavItem.ALL.stream().filter(n -> session != null && n.audience().includes(session.role())).toList();
    }

    /** The link that switches to the other language and comes back here. */
    public String langSwitchHref() {
        return "/office/lang?to=" + msg.lang().other().code() + "&back=" + URLEncoder.encode(
                path == null ? "/office/" : path, StandardCharsets.UTF_8);
    }

    public String day(long epochMillis) {
        return DAY.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
    }

    public String day(Long epochMillis) {
        return epochMillis == null ? "" : day(epochMillis.longValue());
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public String dateTime(long epochMillis) {
        return DAY_TIME.format(Instant.ofEpochMilli(epochMillis).atZone(zone));
    }

    public String dateTime(Long epochMillis) {
        return epochMillis == null ? "" : dateTime(epochMillis.longValue());
    }

    public String dateTime(Instant at) {
        return at == null ? "" : DAY_TIME.format(at.atZone(zone));
    }

    /**
     * A length of time as the office says it, and as the app does: whole days from {@link #HOURS_MATTER_BELOW_DAYS}
     * days on ("超期 27 天", GLOSSARY.md), days and hours below that ("1 天 20 小时": the hours still change what to
     * do), "5 小时 12 分" past an hour, "12 分钟" below (sign dropped; the caller says whether it is left or
     * overdue).
     */
    public String duration(Duration d) {
        Duration abs = d.abs();
        if (abs.toDays() >= HOURS_MATTER_BELOW_DAYS || abs.toDays() > 0 && abs.toHoursPart() == 0) {
            return msg.t("time.days", abs.toDays());
        }
        if (abs.toDays() > 0) {
            return msg.t("time.daysHours", abs.toDays(), abs.toHoursPart());
        }
        if (abs.toHours() > 0) {
            return abs.toMinutesPart() == 0 ? msg.t("time.hours", abs.toHours())
                    : msg.t("time.hoursMinutes", abs.toHours(), abs.toMinutesPart());
        }
        return msg.t("time.minutes", abs.toMinutes());
    }

    /** A time zone as people name it ("中国标准时间"), from its id ("Asia/Shanghai"); the id when unknown. */
    public String zoneName(String zoneId) {
        try {
            return ZoneId.of(zoneId).getDisplayName(TextStyle.FULL, locale());
        } catch (DateTimeException e) {
            return zoneId;
        }
    }

    /** Money in fen shown as yuan with two decimals. */
    public String yuan(Long fen) {
        if (fen == null) {
            return "";
        }
        return String.format(Locale.ROOT, "¥%,.2f", fen / 100.0);
    }

    public String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
