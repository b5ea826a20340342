package com.handover.systemtest.bench;

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

    SyncPhaseCpu(LongSupplier serverCpuMillis, LongSupplier devicesCpuMillis) {
        this.serverCpuMillis = serverCpuMillis;
        this.devicesCpuMillis = devicesCpuMillis;
    }

    void start() {
        startNanos = System.nanoTime();
        serverAtStart = serverCpuMillis.getAsLong();
        devicesAtStart = devicesCpuMillis.getAsLong();
    }

    void end() {
        lastServer = serverCpuMillis.getAsLong() - serverAtStart;
        lastDevices = devicesCpuMillis.getAsLong() - devicesAtStart;
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
