package com.handover.mobile.sync;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Random;

/**
 * Retries a call that failed on the network or with a transient server error (5xx, 429), waiting an exponentially
 * growing time with jitter: attempt n waits between half and all of {@code min(max, base * 2^n)}, or the
 * server's Retry-After where it gave one (capped at {@code max}).
 */
public final class RetryPolicy {

    @FunctionalInterface
    public interface Call<T> {
        T run() throws IOException, ApiException;
    }

    private final int maxAttempts;
    private final Duration base;
    private final Duration max;
    private final Random random;
    private final Sleeper sleeper;

    public RetryPolicy(int maxAttempts, Duration base, Duration max, Random random, Sleeper sleeper) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.maxAttempts = maxAttempts;
        this.base = base;
        this.max = max;
        this.random = random;
        this.sleeper = sleeper;
    }

    public static RetryPolicy standard() {
        return new RetryPolicy(5, Duration.ofMillis(500), Duration.ofSeconds(30), new Random(), Sleeper.REAL);
    }

    public <T> T call(Call<T> call) throws IOException, ApiException {
        for (int attempt = 1; ; attempt++) {
            try {
                return call.run();
            } catch (IOException e) {
                if (attempt >= maxAttempts || e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                pause(delay(attempt), e);
            } catch (ApiException e) {
                if (!e.transientFailure() || attempt >= maxAttempts) {
                    throw e;
                }
                Duration wait = e.retryAfterSeconds() != null
                        ? min(Duration.ofSeconds(e.retryAfterSeconds()), max) : delay(attempt);
                pause(wait, new IOException(e.getMessage(), e));
            }
        }
    }

    /** The wait after failed attempt {@code attempt} (1-based). */
    public Duration delay(int attempt) {
        long cap = Math.min(max.toMillis(), base.toMillis() << Math.min(attempt - 1, 30));
        long half = cap / 2;
        return Duration.ofMillis(half + (long) (random.nextDouble() * (cap - half)));
    }

    private void pause(Duration wait, IOException cause) throws IOException {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            InterruptedIOException stop = new InterruptedIOException("sync stopped while waiting to retry");
            stop.addSuppressed(cause);
            throw stop;
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
