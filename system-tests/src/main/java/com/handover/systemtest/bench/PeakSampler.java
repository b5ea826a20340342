package com.handover.systemtest.bench;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** Samples a figure (a process's resident memory) four times a second on a daemon thread and keeps its peak. */
final class PeakSampler implements AutoCloseable {

    private final AtomicBoolean sampling = new AtomicBoolean(true);
    private final AtomicLong peak = new AtomicLong();
    private final Thread thread;

    PeakSampler(LongSupplier figure) {
        thread = new Thread(() -> {
            while (sampling.get()) {
                peak.accumulateAndGet(figure.getAsLong(), Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "peak-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    long peak() {
        return peak.get();
    }

    @Override
    public void close() {
        sampling.set(false);
        thread.interrupt();
    }
}
