package com.handover.mobile.sync;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Fetches the next pull page on a background thread while the caller stores the current one, so the network and
 * the local database work at the same time. At most one page is in flight; closing abandons it (its cursor was
 * never stored, so the next round asks again). The first page is fetched on the caller's thread when it is taken:
 * nothing is being stored before it, and most rounds have that page alone, so they start no thread.
 */
final class PagePrefetch implements AutoCloseable {

    @FunctionalInterface
    interface PageCall {
        PullPage fetch(String after) throws IOException, ApiException, SignInRequiredException;
    }

    private final PageCall call;
    private ExecutorService fetcher;
    private boolean firstRequested;
    /** The first page is requested and not yet taken: it is fetched when it is. */
    private boolean firstWaiting;
    private String firstCursor;
    private Future<PullPage> inFlight;

    PagePrefetch(PageCall call) {
        this.call = call;
    }

    /** Starts fetching the page after {@code cursor}; the first one requested is fetched when it is taken. */
    void request(String cursor) {
        if (!firstRequested) {
            firstRequested = true;
            firstWaiting = true;
            firstCursor = cursor;
            return;
        }
        if (fetcher == null) {
            fetcher = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "pull-prefetch");
                t.setDaemon(true);
                return t;
            });
        }
        inFlight = fetcher.submit(() -> call.fetch(cursor));
    }

    /** The page last requested, as the call returned or failed. */
    PullPage take() throws IOException, ApiException, SignInRequiredException {
        if (firstWaiting) {
            firstWaiting = false;
            return call.fetch(firstCursor);
        }
        try {
            return inFlight.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a pull page", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof ApiException api) {
                throw api;
            }
            if (cause instanceof SignInRequiredException signIn) {
                throw signIn;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        if (fetcher != null) {
            fetcher.shutdownNow();
        }
    }
}
