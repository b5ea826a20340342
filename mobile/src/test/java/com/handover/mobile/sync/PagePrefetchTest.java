package com.handover.mobile.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PagePrefetchTest {

    private static PullPage page(String next, boolean more) {
        return new PullPage(List.of(), next, more, null);
    }

    @Test
    void aRoundOfOnePageFetchesItOnTheCallersThread() throws Exception {
        Map<String, Thread> fetchedOn = new ConcurrentHashMap<>();
        try (PagePrefetch pages = new PagePrefetch(after -> {
            fetchedOn.put(after, Thread.currentThread());
            return page("c1", false);
        })) {
            pages.request("c0");
            assertEquals(page("c1", false), pages.take());
        }
        assertEquals(Map.of("c0", Thread.currentThread()), fetchedOn);
    }

    @Test
    void theNextPageIsOnItsWayWhileTheCallerStoresTheCurrentOne() throws Exception {
        Map<String, Thread> fetchedOn = new ConcurrentHashMap<>();
        CountDownLatch secondFetched = new CountDownLatch(1);
        try (PagePrefetch pages = new PagePrefetch(after -> {
            fetchedOn.put(after, Thread.currentThread());
            if (after.equals("c1")) {
                secondFetched.countDown();
                return page("c2", false);
            }
            return page("c1", true);
        })) {
            pages.request("c0");
            PullPage first = pages.take();
            pages.request(first.nextCursor());
            // Still "storing" the first page: the second arrives without the caller asking again.
            assertTrue(secondFetched.await(10, TimeUnit.SECONDS), "the second page was fetched in the background");
            assertEquals(page("c2", false), pages.take());
        }
        assertEquals(Thread.currentThread(), fetchedOn.get("c0"));
        assertNotEquals(Thread.currentThread(), fetchedOn.get("c1"));
        assertEquals("pull-prefetch", fetchedOn.get("c1").getName());
    }

    @Test
    void aFailedFetchReachesTheCallerAsItWasThrownOnEitherThread() throws Exception {
        try (PagePrefetch pages = new PagePrefetch(after -> {
            if (after.equals("c0")) {
                return page("c1", true);
            }
            throw new IOException("connection reset at " + after);
        })) {
            pages.request("c0");
            pages.take();
            pages.request("c1");
            assertEquals("connection reset at c1", assertThrows(IOException.class, pages::take).getMessage());
        }
        try (PagePrefetch pages = new PagePrefetch(after -> {
            throw ApiException.unusable(503, "UNAVAILABLE", "the server is starting");
        })) {
            pages.request("c0");
            assertEquals(503, assertThrows(ApiException.class, pages::take).status());
        }
    }
}
