package com.handover.server.blob;

import com.fasterxml.jackson.databind.JsonNode;
import com.handover.server.testing.ApiClient;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

/**
 * A device uploading one photo as the protocol says: chunks of random size from where it believes the upload
 * stands, continuing from {@code received} after every 200 or 409, done at {@code complete: true}. Any other
 * answer is a failure of the server.
 */
final class ChunkUploader {

    /** One request and its answer. */
    record Sent(String sha, long offset, long total, byte[] bytes, ApiClient.Response answer) {
        long received() {
            return answer.json().get("received").asLong();
        }

        String describe() {
            return "PUT offset=" + offset + " length=" + bytes.length + " X-Blob-Length=" + total + " -> "
                    + answer.code() + " " + answer.body();
        }
    }

    private final ApiClient.Session session;
    private final byte[] photo;
    private final String sha;
    private final Random random;
    private final int maxChunk;
    private long next;
    private boolean done;

    ChunkUploader(ApiClient.Session session, byte[] photo, String sha, Random random, int maxChunk) {
        this.session = session;
        this.photo = photo;
        this.sha = sha;
        this.random = random;
        this.maxChunk = maxChunk;
    }

    boolean done() {
        return done;
    }

    /** Sends the next chunk and follows the answer; returns what was sent and answered. */
    Sent step() {
        int length = (int) Math.min(1 + random.nextInt(maxChunk), photo.length - next);
        Sent sent = put(session, sha, next, photo.length, Arrays.copyOfRange(photo, (int) next, (int) next + length));
        JsonNode body = sent.answer().json();
        int code = sent.answer().code();
        if ((code == 200 || code == 201) && body.get("complete").asBoolean()) {
            done = true;
        } else if (code == 200 || code == 409) {
            next = body.get("received").asLong();
        } else {
            throw new AssertionError("the upload cannot continue after " + sent.describe());
        }
        return sent;
    }

    static Sent put(ApiClient.Session session, String sha, long offset, long total, byte[] bytes) {
        ApiClient.Response answer = session.put("/api/v1/blobs/" + sha + "?offset=" + offset, bytes,
                Map.of("X-Blob-Length", Long.toString(total)));
        return new Sent(sha, offset, total, bytes, answer);
    }
}
