package com.handover.systemtest.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;

/**
 * CPU the server and the devices' JVM spend while the devices sync, summed over a benchmark's rounds: each
 * phase runs from the moment the last device finished recording to the moment the last sync ended, so nothing
 * but syncing (and what the JVMs do beside it) falls in it.
 */
final class SyncPhaseCpu {

    private final LongSupplier serverCpuMillis;
    private final LongSupplier devicesCpuMillis;
    private long server;
    private long devices;
    private long wallNanos;
    private long serverAtStart;
    private long devicesAtStart;
    private long startNanos;
    private long lastServer;
    private long lastDevices;
    private long gcAtStart;
    private long lastGcMillis;

    SyncPhaseCpu(LongSupplier serverCpuMillis, LongSupplier devicesCpuMillis) {
        this.serverCpuMillis = serverCpuMillis;
        this.devicesCpuMillis = devicesCpuMillis;
    }

    void start() {
        startNanos = System.nanoTime();
        serverAtStart = serverCpuMillis.getAsLong();
        devicesAtStart = devicesCpuMillis.getAsLong();
        gcAtStart = devicesGcMillis();
    }

    void end() {
        lastServer = serverCpuMillis.getAsLong() - serverAtStart;
        lastDevices = devicesCpuMillis.getAsLong() - devicesAtStart;
        lastGcMillis = devicesGcMillis() - gcAtStart;
        server += lastServer;
        devices += lastDevices;
        wallNanos += System.nanoTime() - startNanos;
    }

    /** The server's CPU in the last phase. */
    long lastServer() {
        return lastServer;
    }

    /** The devices' JVM's CPU in the last phase. */
    long lastDevices() {
        return lastDevices;
    }

    /**
     * How long the devices' JVM collected garbage in the last phase. Its 200 simulated phones share one heap, so a
     * collection that stops its threads stops every phone's sync at once; a phone's own stops only its own.
     */
    long lastGcMillis() {
        return lastGcMillis;
    }

    private static long devicesGcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    long server() {
        return server;
    }

    long devices() {
        return devices;
    }

    long wallMillis() {
        return wallNanos / 1_000_000;
    }
}
