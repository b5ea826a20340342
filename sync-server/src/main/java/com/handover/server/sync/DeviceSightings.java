package com.handover.server.sync;

import com.handover.server.store.Database;
import com.handover.server.store.DeviceStore;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * When each device last pulled and how far its clock was off, kept in memory and written in one transaction about
 * once a second. A pull therefore never waits for the database's write lock, which pushes hold while they append
 * to the log; the office's sync page sees a pull at most a second late.
 */
public final class DeviceSightings implements AutoCloseable {

    static final long FLUSH_MILLIS = 1000;

    private record Sighting(long at, Long driftMillis) {
    }

    private final Database db;
    private final DeviceStore devices;
    private final Map<String, Sighting> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "device-sightings");
        t.setDaemon(true);
        return t;
    });

    public DeviceSightings(Database db, DeviceStore devices) {
        this.db = db;
        this.devices = devices;
        flusher.scheduleWithFixedDelay(this::flushQuietly, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Notes a pull; a later one of the same device replaces it. */
    public void saw(String deviceId, long at, Long driftMillis) {
        keep(deviceId, new Sighting(at, driftMillis));
    }

    /** Writes what was noted since the last flush. */
    public void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, Sighting> batch = new HashMap<>();
        for (String device : pending.keySet()) {
            Sighting s = pending.remove(device);
            if (s != null) {
                batch.put(device, s);
            }
        }
        try {
            db.write(c -> {
                for (var e : batch.entrySet()) {
                    devices.recordSync(c, e.getKey(), e.getValue().at(), e.getValue().driftMillis(), null);
                }
                return null;
            });
        } catch (RuntimeException e) {
            batch.forEach(this::keep);
            throw e;
        }
    }

    private void keep(String deviceId, Sighting s) {
        pending.merge(deviceId, s, (old, now) -> now.at() >= old.at() ? now : old);
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            // The database is busy or closing: the sightings stay noted for the next flush.
        }
    }

    @Override
    public void close() {
        flusher.shutdownNow();
        try {
            flusher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }
}
