package com.handover.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.server.config.Limits;
import com.handover.server.config.ServerConfig;
import com.handover.server.store.jdbc.Sql;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node answers nothing, not even /health, until it is prepared: on the first --demo start the demo data and
 * history are written before the port opens, so an early pull can never see part of them.
 */
class ReadinessTest {

    @Test
    void nothingIsAnsweredUntilThePreparationsAreDone(@TempDir Path dir) throws Exception {
        int port = freePort();
        ServerConfig config = new ServerConfig("127.0.0.1", port, dir, null, "ready-node", false, Limits.defaults());
        AtomicLong preparedAt = new AtomicLong();
        CompletableFuture<HandoverServer> started = CompletableFuture.supplyAsync(() -> HandoverServer.builder(config)
                .prepare(c -> {
                    sleep(800);
                    preparedAt.set(System.nanoTime());
                }).start());
        HttpClient http = HttpClient.newHttpClient();
        long firstAnswer = 0;
        int firstStatus = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (firstAnswer == 0 && System.nanoTime() < deadline) {
            try {
                firstStatus = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                firstAnswer = System.nanoTime();
            } catch (IOException refused) {
                sleep(10);
            }
        }
        try (HandoverServer server = started.get(30, TimeUnit.SECONDS)) {
            assertTrue(preparedAt.get() > 0 && firstAnswer > preparedAt.get(), "answered before it was prepared");
            assertEquals(200, firstStatus);
        }
    }

    @Test
    void theFirstDemoStartWritesTheWholeHistoryBeforeItServes(@TempDir Path dir) throws Exception {
        ServerConfig config = new ServerConfig("127.0.0.1", 0, dir, null, "demo-node", true, Limits.defaults());
        try (HandoverServer server = ServerMain.start(config)) {
            long stored = server.components().db().read(c -> Sql.count(c, "SELECT COUNT(*) FROM operations"));
            assertTrue(stored > 100, "the demo history is written: " + stored);
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
