package com.handover.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.model.json.ModelJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Signed-in devices that each push their request bodies in turn, all devices at the same time. */
final class ConcurrentPushers {

    /** A device: the server, its token, and the push bodies it sends one after another. */
    record Device(String base, String token, List<String> bodies) {
    }

    private ConcurrentPushers() {
    }

    /** Pushes every device's bodies, each device on its own thread; returns the seconds until the last answer. */
    static double push(HttpClient http, List<Device> devices) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(devices.size());
        try {
            long start = System.nanoTime();
            List<Future<Void>> done = new ArrayList<>();
            for (Device d : devices) {
                done.add(threads.submit(() -> {
                    for (String body : d.bodies()) {
                        checkAccepted(http.send(HttpRequest.newBuilder(URI.create(d.base() + "/api/v1/sync/push"))
                                .header("Authorization", "Bearer " + d.token())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString()));
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

    private static void checkAccepted(HttpResponse<String> response) throws Exception {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("push failed: " + response.statusCode() + " " + response.body());
        }
        for (JsonNode r : ModelJson.mapper().readTree(response.body()).get("results")) {
            if (!"ACCEPTED".equals(r.get("status").asText())) {
                throw new IllegalStateException("operation not accepted: " + r);
            }
        }
    }
}
