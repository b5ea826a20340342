package com.handover.systemtest.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.handover.systemtest.http.ApiClient;
import com.handover.systemtest.server.TestSite;
import com.handover.systemtest.support.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A shift starts and many devices fetch their reference data at once. Found by the scale benchmark (and since
 * fixed in the server; kept as a regression check): with ten devices or more, GET /api/v1/reference answered 500
 * after 30 s ("Connection is not available ... total=8,
 * active=8, waiting=9"). ReferenceService.forUser holds a pooled connection inside db.read and, within it, asks
 * the template catalog for its templates; PublishedTemplateCatalog reads them through TemplateStore.catalog(),
 * which takes a second connection from the same pool of 8 (SQLite). Eight such requests hold all eight connections
 * and each waits for a ninth until Hikari's 30 s timeout.
 */
@Tag("fault")
@Timeout(150)
class ConcurrentRequestsTest {

    private static final int DEVICES = 48;

    @Test
    void manyDevicesFetchingReferenceDataAtOnceAreAllServed() throws Exception {
        try (Scenario s = Scenario.sqlite("concurrent-requests", 400)) {
            ApiClient api = s.api();
            String token = api.token(TestSite.INSPECTOR_A, TestSite.PASSWORD, "concurrent");
            ExecutorService pool = Executors.newFixedThreadPool(DEVICES);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < DEVICES; i++) {
                    answers.add(pool.submit(() -> api.call("GET", "/api/v1/reference", token, null).status()));
                }
                Map<Integer, Integer> statuses = new TreeMap<>();
                for (Future<Integer> f : answers) {
                    statuses.merge(f.get(60, TimeUnit.SECONDS), 1, Integer::sum);
                }
                assertEquals(Map.of(200, DEVICES), statuses, "answers to concurrent reference fetches");
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
