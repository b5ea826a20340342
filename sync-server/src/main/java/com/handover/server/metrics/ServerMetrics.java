package com.handover.server.metrics;

import com.handover.server.sync.PushResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/** The server's Prometheus metrics: requests, sync batch sizes and latencies, pending photos. */
public final class ServerMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final DistributionSummary batchSize;
    private final Timer pushTimer;
    private final Timer pullTimer;
    private final Map<PushResult.Status, Counter> pushedOperations = new EnumMap<>(PushResult.Status.class);

    public ServerMetrics() {
        batchSize = DistributionSummary.builder("handover.sync.push.batch.size")
                .description("operations per push").baseUnit("operations")
                .serviceLevelObjectives(1, 10, 50, 100, 250, 500).register(registry);
        pushTimer = Timer.builder("handover.sync.push.duration").description("time to take in one push")
                .publishPercentileHistogram().register(registry);
        pullTimer = Timer.builder("handover.sync.pull.duration").description("time to answer one pull")
                .publishPercentileHistogram().register(registry);
        for (PushResult.Status s : PushResult.Status.values()) {
            pushedOperations.put(s, Counter.builder("handover.sync.push.operations")
                    .description("pushed operations by result").tag("status", s.name()).register(registry));
        }
    }

    /** A gauge read on every scrape, e.g. the photos named but not yet uploaded. */
    public <T> void gauge(String name, String description, T source, ToDoubleFunction<T> value) {
        Gauge.builder(name, source, value).description(description).register(registry);
    }

    public void recordRequest(String method, String route, int status, float millis) {
        Timer.builder("handover.http.requests").description("HTTP requests")
                .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                .register(registry).record(Duration.ofNanos((long) (millis * 1_000_000)));
    }

    public <T> T timePush(int operations, Supplier<T> work) {
        batchSize.record(operations);
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            pushTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    public <T> T timePull(Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            pullTimer.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    public void countPushResults(PushResult result) {
        result.results().forEach(r -> pushedOperations.get(r.status()).increment());
    }

    public String scrape() {
        return registry.scrape();
    }
}
