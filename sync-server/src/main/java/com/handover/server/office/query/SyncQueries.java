package com.handover.server.office.query;

import com.handover.model.sync.EntityKind;
import com.handover.server.store.DeviceStore;
import com.handover.server.store.PhotoCatalog;
import com.handover.server.store.ScopeFilter;
import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Sync review, a page of each list at a time: devices and their clocks, refused operations, conflicts (two
 * writes to one field where neither writer saw the other, as the reducer records them), photos still missing.
 */
public final class SyncQueries {

    /** A device whose clock was further off than this at its last push is flagged. */
    public static final Duration DRIFT_FLAG = DashboardQueries.CLOCK_DRIFT_FLAG;

    public record Device(DeviceStore.DeviceRecord record, boolean stale, boolean drifting) {
    }

    public record Rejection(String opId, String deviceId, String username, String code, long at) {
    }

    public record Conflict(EntityKind kind, UUID entity, String field, UUID unitId, String unitLabel, OpView winner,
                           OpView loser) {
    }

    public record MissingPhoto(String sha256, UUID unitId, String unitLabel, String opType, String device, String actor) {
    }

    private final DeviceStore devices;
    private final PhotoCatalog photos;

    public SyncQueries(DeviceStore devices, PhotoCatalog photos) {
        this.devices = devices;
        this.photos = photos;
    }

    /** Every device, the longest silent first. */
    public List<Device> devices(Connection c, long now) throws SQLException {
        List<Device> out = new ArrayList<>();
        for (DeviceStore.DeviceRecord d : devices.list(c)) {
            boolean stale = d.lastSyncAt() == null || now - d.lastSyncAt() > DashboardQueries.STALE_AFTER.toMillis();
            boolean drifting = d.lastDriftMillis() != null && Math.abs(d.lastDriftMillis()) > DRIFT_FLAG.toMillis();
            out.add(new Device(d, stale, drifting));
        }
        out.sort(Comparator.comparing((Device d) -> d.record().lastSyncAt() == null ? Long.MIN_VALUE
                : d.record().lastSyncAt()).thenComparing(d -> d.record().deviceId()));
        return out;
    }

    public long rejectionCount(Connection c) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM push_rejections");
    }

    /** Refused operations, the latest first. */
    public List<Rejection> rejections(Connection c, int offset, int limit) throws SQLException {
        return Sql.query(c, "SELECT op_id, device_id, username, code, rejected_at FROM push_rejections"
                + " ORDER BY id DESC LIMIT ? OFFSET ?", rs -> new Rejection(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getLong(5)), limit, offset);
    }

    public long conflictCount(Connection c) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM conflicts");
    }

    /** Conflicts by unit and record, with both operations read from the log. */
    public List<Conflict> conflicts(Connection c, int offset, int limit) throws SQLException {
        record Row(EntityKind kind, UUID entity, String field, UUID winner, UUID loser, UUID unit) {
        }
        List<Row> rows = Sql.query(c, "SELECT entity_kind, entity_id, field, winner_op, loser_op, unit_id FROM conflicts"
                + " ORDER BY unit_id, entity_id, field, winner_op, loser_op LIMIT ? OFFSET ?",
                rs -> new Row(EntityKind.valueOf(rs.getString(1)), Sql.uuid(rs, "entity_id"), rs.getString(3),
                        Sql.uuid(rs, "winner_op"), Sql.uuid(rs, "loser_op"), Sql.uuid(rs, "unit_id")), limit, offset);
        Set<UUID> ids = new LinkedHashSet<>();
        rows.forEach(r -> {
            ids.add(r.winner());
            ids.add(r.loser());
        });
        Map<UUID, OpView> ops = OpLookup.views(c, ids);
        Map<UUID, String> labels = UnitLabels.of(c, rows.stream().map(Row::unit).toList());
        return rows.stream().map(r -> new Conflict(r.kind(), r.entity(), r.field(), r.unit(),
                labels.get(r.unit()), ops.get(r.winner()), ops.get(r.loser()))).toList();
    }

    public long missingCount(Connection c) throws SQLException {
        return photos.missingCount(c);
    }

    /** Photos that operations name but whose bytes have not arrived, with where and who took them. */
    public List<MissingPhoto> missing(Connection c, int offset, int limit) throws SQLException {
        List<String> shas = photos.missing(c, ScopeFilter.EVERYTHING, offset + limit);
        return missingPhotos(c, shas.subList(Math.min(offset, shas.size()), shas.size()));
    }

    private static List<MissingPhoto> missingPhotos(Connection c, List<String> shas) throws SQLException {
        Map<String, MissingPhoto> first = new HashMap<>();
        List<UUID> units = new ArrayList<>();
        for (List<String> chunk : Sql.chunks(shas)) {
            for (MissingPhoto m : Sql.query(c, "SELECT r.sha256, r.unit_id, o.op_type, o.device_id, o.actor FROM photo_refs r"
                    + " JOIN operations o ON o.op_id = r.op_id WHERE r.sha256 IN (" + Sql.placeholders(chunk.size()) + ")",
                    rs -> new MissingPhoto(rs.getString(1), Sql.uuid(rs, "unit_id"), null, rs.getString(3), rs.getString(4),
                            rs.getString(5)), chunk.toArray())) {
                first.putIfAbsent(m.sha256(), m);
                units.add(m.unitId());
            }
        }
        Map<UUID, String> labels = UnitLabels.of(c, units);
        List<MissingPhoto> out = new ArrayList<>();
        for (String sha : shas) {
            MissingPhoto m = first.get(sha);
            if (m != null) {
                out.add(new MissingPhoto(sha, m.unitId(), labels.get(m.unitId()), m.opType(), m.device(), m.actor()));
            }
        }
        return out;
    }
}
