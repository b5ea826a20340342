package com.handover.server.web.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which Accept-Encoding headers get a compressed snapshot. */
class AcceptsGzipTest {

    @Test
    void gzipNamedInAnyCaseAndAmongOthersIsAccepted() {
        assertTrue(SyncRoutes.acceptsGzip("gzip"));
        assertTrue(SyncRoutes.acceptsGzip("deflate, GZIP;q=0.5, br"));
        assertTrue(SyncRoutes.acceptsGzip("gzip; q=1"));
    }

    @Test
    void gzipRefusedOrNotNamedIsNot() {
        assertFalse(SyncRoutes.acceptsGzip(null));
        assertFalse(SyncRoutes.acceptsGzip(""));
        assertFalse(SyncRoutes.acceptsGzip("identity"));
        assertFalse(SyncRoutes.acceptsGzip("gzip;q=0"));
        assertFalse(SyncRoutes.acceptsGzip("br, gzip; q=0.000"));
        assertFalse(SyncRoutes.acceptsGzip("x-gzip-like"));
    }
}
