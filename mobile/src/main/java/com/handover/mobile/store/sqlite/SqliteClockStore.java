package com.handover.mobile.store.sqlite;

import com.handover.mobile.store.ClockStore;
import com.handover.model.sync.Hlc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The clock's high-water mark in the settings table (wall millis and counter; the node is this device's). */
public final class SqliteClockStore implements ClockStore {

    private final SqliteDatabase db;

    public SqliteClockStore(SqliteDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Hlc> lastClock() {
        return db.read(c -> Settings.get(c, Settings.HLC).map(Hlc::parse));
    }

    @Override
    public void saveClock(Hlc value) {
        db.inTransaction(c -> {
            saveIfLater(c, value);
            return null;
        });
    }

    static void saveIfLater(Connection c, Hlc value) throws SQLException {
        Optional<Hlc> stored = Settings.get(c, Settings.HLC).map(Hlc::parse);
        boolean later = stored.isEmpty() || value.wallMillis() > stored.get().wallMillis()
                || (value.wallMillis() == stored.get().wallMillis() && value.counter() > stored.get().counter());
        if (later) {
            Settings.put(c, Settings.HLC, value.toString());
        }
    }
}
