package com.handover.server.store.jdbc;

import com.handover.server.store.DeviceStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

public final class JdbcDeviceStore implements DeviceStore {

    @Override
    public void recordLogin(Connection c, String deviceId, String deviceName, String username, long at)
            throws SQLException {
        int n = Sql.update(c, "UPDATE devices SET device_name = ?, username = ?, last_login_at = ? WHERE device_id = ?",
                deviceName, username, at, deviceId);
        if (n == 0) {
            Sql.update(c, "INSERT INTO devices (device_id, device_name, username, first_seen_at, last_login_at)"
                    + " VALUES (?, ?, ?, ?, ?)", deviceId, deviceName, username, at, at);
        }
    }

    @Override
    public void recordSync(Connection c, String deviceId, long at, Long driftMillis, String lastHlc)
            throws SQLException {
        if (driftMillis == null) {
            Sql.update(c, "UPDATE devices SET last_sync_at = ? WHERE device_id = ?", at, deviceId);
        } else {
            Sql.update(c, "UPDATE devices SET last_sync_at = ?, last_drift_ms = ?, last_hlc = COALESCE(?, last_hlc)"
                    + " WHERE device_id = ?",
                    at, driftMillis, lastHlc, deviceId);
        }
    }

    @Override
    public List<DeviceRecord> list(Connection c) throws SQLException {
        return Sql.query(c, "SELECT device_id, device_name, username, first_seen_at, last_login_at, last_sync_at,"
                + " last_drift_ms, last_hlc FROM devices ORDER BY device_id", rs -> new DeviceRecord(rs.getString(1),
                rs.getString(2), rs.getString(3), rs.getLong(4), Sql.nullableLong(rs, "last_login_at"),
                Sql.nullableLong(rs, "last_sync_at"), Sql.nullableLong(rs, "last_drift_ms"), rs.getString(8)));
    }

    @Override
    public void recordRejections(Connection c, String deviceId, String username, List<Rejection> rejections, long at,
                                 int maxMessage) throws SQLException {
        if (rejections.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO push_rejections (op_id, device_id, username, code,"
                + " message, rejected_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Rejection r : rejections) {
                String message = r.message() == null ? "" : r.message();
                if (message.length() > maxMessage) {
                    message = message.substring(0, maxMessage);
                }
                Sql.bind(ps, r.opId(), deviceId, username, r.code(), message, at);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }
}
