package com.handover.server.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Signed-in devices that each push their request bodies in turn, all devices at the same time. */
final class ConcurrentPushers {

    /** A signed-in device and the push bodies it sends one after another. */
    record Device(BenchClient client, List<String> bodies) {
    }

    private ConcurrentPushers() {
    }

    /** Pushes every device's bodies, each device on its own thread; returns the seconds until the last answer. */
    static double push(List<Device> devices) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(devices.size());
        try {
            long start = System.nanoTime();
            List<Future<Void>> done = new ArrayList<>();
            for (Device d : devices) {
                done.add(threads.submit(() -> {
                    for (String body : d.bodies()) {
                        d.client().pushBody(body);
                    }
                    return null;
                }));
            }
            for (Future<Void> f : done) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            threads.shutdownNow();
        }
    }
}
