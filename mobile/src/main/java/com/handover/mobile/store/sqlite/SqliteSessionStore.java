package com.handover.mobile.store.sqlite;

import com.handover.mobile.store.SessionStore;
import com.handover.mobile.store.StoredSession;
import com.handover.model.Role;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Device id and session as rows of the settings table. Both are kept in memory once read: every action the user
 * records names the signed-in user, and every push the device. Only this store writes them.
 */
public final class SqliteSessionStore implements SessionStore {

    private static final String[] KEYS = {"session.serverUrl", "session.username", "session.displayName",
            "session.role", "session.token", "session.expiresAt"};

    private final SqliteDatabase db;
    private final SecureRandom random = new SecureRandom();
    private String deviceId;
    /** The session as last read or written; null until read. */
    private Optional<StoredSession> session;

    public SqliteSessionStore(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public synchronized String deviceId() {
        if (deviceId == null) {
            deviceId = readOrMakeDeviceId();
        }
        return deviceId;
    }

    private String readOrMakeDeviceId() {
        return db.inTransaction(c -> {
            Optional<String> existing = Settings.get(c, Settings.DEVICE_ID);
            if (existing.isPresent()) {
                return existing.get();
            }
            byte[] bytes = new byte[12];
            random.nextBytes(bytes);
            String id = "m-" + HexFormat.of().formatHex(bytes);
            Settings.put(c, Settings.DEVICE_ID, id);
            return id;
        });
    }

    @Override
    public synchronized Optional<StoredSession> load() {
        if (session == null) {
            session = read();
        }
        return session;
    }

    private Optional<StoredSession> read() {
        return db.read(c -> {
            Optional<String> user = Settings.get(c, KEYS[1]);
            if (user.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new StoredSession(get(c, 0), user.get(), get(c, 2), Role.valueOf(get(c, 3)),
                    get(c, 4), Optional.ofNullable(get(c, 5)).map(Instant::parse).orElse(null)));
        });
    }

    @Override
    public synchronized void save(StoredSession s) {
        session = null; // read again should the write fail
        db.inTransaction(c -> {
            String[] values = {s.serverUrl(), s.username(), s.displayName(), s.role().name(), s.token(),
                    s.expiresAt() == null ? null : s.expiresAt().toString()};
            for (int i = 0; i < KEYS.length; i++) {
                Settings.put(c, KEYS[i], values[i]);
            }
            return null;
        });
        session = s.username() == null ? Optional.empty() : Optional.of(s); // as read() would find it
    }

    @Override
    public synchronized void clear() {
        session = null;
        db.inTransaction(c -> {
            for (String key : KEYS) {
                Settings.put(c, key, null);
            }
            return null;
        });
        session = Optional.empty();
    }

    private static String get(Connection c, int index) throws SQLException {
        return Settings.get(c, KEYS[index]).orElse(null);
    }
}
