package com.handover.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The devices that signed in: who uses them, when they last synced and how far their clock was off. */
public interface DeviceStore {

    record DeviceRecord(String deviceId, String deviceName, String username, long firstSeenAt, Long lastLoginAt,
                        Long lastSyncAt, Long lastDriftMillis, String lastHlc) {
    }

    void recordLogin(Connection c, String deviceId, String deviceName, String username, long at) throws SQLException;

    /** A push or pull: {@code driftMillis} and {@code lastHlc} are null when the request carried no clock. */
    void recordSync(Connection c, String deviceId, long at, Long driftMillis, String lastHlc) throws SQLException;

    List<DeviceRecord> list(Connection c) throws SQLException;

    /** One refused operation of a push, as the sync review lists it; {@code code} names the rule. */
    record Rejection(String opId, String code, String message) {
    }

    /** Keeps a push's refusals for the sync review, each message cut to {@code maxMessage} characters. */
    void recordRejections(Connection c, String deviceId, String username, List<Rejection> rejections, long at,
                          int maxMessage) throws SQLException;
}
