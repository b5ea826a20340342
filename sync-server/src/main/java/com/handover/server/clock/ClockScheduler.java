package com.handover.server.clock;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the clock job on one daemon thread at a fixed delay. A failed run is logged and the next one runs as
 * planned; once the database is closed (the server stopped) the scheduler ends itself.
 */
public final class ClockScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClockScheduler.class);

    private final ScheduledExecutorService executor;

    private ClockScheduler(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** Starts running {@code job} every {@code interval}, the first run after {@code initialDelay}. */
    public static ClockScheduler start(ClockJob job, Duration initialDelay, Duration interval, BooleanSupplier stopped) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "handover-clock");
            t.setDaemon(true);
            return t;
        });
        ClockScheduler scheduler = new ClockScheduler(executor);
        executor.scheduleWithFixedDelay(() -> {
            if (stopped.getAsBoolean()) {
                executor.shutdown();
                return;
            }
            try {
                ClockJob.Run run = job.run();
                LOG.debug("clock run: {}", run);
            } catch (RuntimeException e) {
                if (stopped.getAsBoolean()) {
                    executor.shutdown();
                } else {
                    LOG.warn("clock run failed; the next one runs in {}", interval, e);
                }
            }
        }, initialDelay.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        return scheduler;
    }

    /** True once the given data source is a closed pool. */
    public static BooleanSupplier closed(DataSource ds) {
        return () -> ds instanceof HikariDataSource h && h.isClosed();
    }

    public boolean running() {
        return !executor.isShutdown();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
