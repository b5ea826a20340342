package com.handover.server.blob;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.server.testing.ApiClient;
import com.handover.server.testing.TestServer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Seeded random deliveries of photo chunks over real HTTP: two devices uploading the same photo, delayed and
 * repeated chunks, chunks with other bytes below what was received, chunks past the end, changed lengths. No
 * delivery may lose or corrupt the upload: every answer says exactly where it stands (the status agrees), no
 * upload ever fails its hash, and the stored bytes are the photo's. A failure names its seed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PhotoUploadProperties {

    static final int SEQUENTIAL_SEEDS = 40;
    static final int CONCURRENT_SEEDS = 12;
    TestServer server;
    ApiClient.Session deviceA;
    ApiClient.Session deviceB;
    ApiClient.Session office;

    /** The server to test on. */
    abstract TestServer startServer();

    /** Releases what {@link #startServer()} took beside the server. */
    void release() throws Exception {
    }

    @BeforeAll
    void start() {
        server = startServer();
        ApiClient api = new ApiClient(server.baseUrl());
        deviceA = api.login("inspector", "upload-a");
        deviceB = api.login("maintenance", "upload-b");
        office = api.login("office", "upload-check");
    }

    @AfterAll
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        release();
    }

    @Test
    void interleavedDeliveriesNeverLoseOrCorruptAnUpload() throws Exception {
        for (long seed = 1; seed <= SEQUENTIAL_SEEDS; seed++) {
            try {
                interleaved(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
            }
        }
    }

    @Test
    void devicesUploadingTheSamePhotoAtOnceAllFinishWithTheOriginal() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (long seed = 1; seed <= CONCURRENT_SEEDS; seed++) {
                try {
                    concurrent(seed, pool);
                } catch (AssertionError | RuntimeException e) {
                    throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void interleaved(long seed) throws Exception {
        Random random = new Random(seed);
        byte[] photo = photo(random);
        String sha = sha(photo);
        int maxChunk = 1 + photo.length / (2 + random.nextInt(6));
        ChunkUploader a = new ChunkUploader(deviceA, photo, sha, new Random(random.nextLong()), maxChunk);
        ChunkUploader b = new ChunkUploader(deviceB, photo, sha, new Random(random.nextLong()), maxChunk);
        List<ChunkUploader.Sent> history = new ArrayList<>();
        for (int step = 0; !(a.done() && b.done()); step++) {
            assertTrue(step < 5_000, "no progress after 5000 deliveries");
            ChunkUploader.Sent sent = switch (random.nextInt(8)) {
                case 0, 1, 2 -> a.done() ? null : a.step();
                case 3, 4 -> b.done() ? null : b.step();
                case 5 -> history.isEmpty() ? null : redeliver(history.get(random.nextInt(history.size())));
                case 6 -> otherBytesBelowReceived(sha, photo, random);
                default -> otherLengthOrGap(sha, photo, random);
            };
            if (sent != null) {
                history.add(sent);
                assertTruthful(sha, photo, sent);
            }
        }
        assertStored(sha, photo);
    }

    /** A delayed or repeated copy of a chunk sent before: changes nothing it should not. */
    private ChunkUploader.Sent redeliver(ChunkUploader.Sent earlier) {
        ChunkUploader.Sent again = ChunkUploader.put(deviceB, earlier.sha(), earlier.offset(), earlier.total(),
                earlier.bytes());
        int code = again.answer().code();
        assertTrue(code == 200 || code == 201 || code == 409 || code == 400, again.describe());
        return again;
    }

    /** Other bytes at an offset below what was received: 409 with exactly the bytes received. */
    private ChunkUploader.Sent otherBytesBelowReceived(String sha, byte[] photo, Random random) {
        long received = status(sha);
        if (received == 0 || received == photo.length) {
            return null;
        }
        int offset = random.nextInt((int) received);
        int length = 1 + random.nextInt((int) Math.min(photo.length - offset, 4096));
        byte[] bytes = Arrays.copyOfRange(photo, offset, offset + length);
        bytes[random.nextInt(Math.min(length, (int) received - offset))] ^= (byte) (1 + random.nextInt(255));
        ChunkUploader.Sent sent = ChunkUploader.put(deviceA, sha, offset, photo.length, bytes);
        assertEquals(409, sent.answer().code(), sent.describe());
        assertEquals(received, sent.received(), sent.describe());
        return sent;
    }

    /** A changed X-Blob-Length (400, the upload stays) or a chunk past the end of what was received (409). */
    private ChunkUploader.Sent otherLengthOrGap(String sha, byte[] photo, Random random) {
        long received = status(sha);
        if (received == 0 || received == photo.length) {
            return null;
        }
        int length = (int) Math.min(1 + random.nextInt(4096), photo.length - received);
        byte[] bytes = Arrays.copyOfRange(photo, (int) received, (int) received + length);
        if (random.nextBoolean()) {
            boolean shorter = random.nextBoolean() && received + length < photo.length;
            long otherTotal = shorter ? received + length : photo.length + 1 + random.nextInt(1000);
            ChunkUploader.Sent sent = ChunkUploader.put(deviceB, sha, received, otherTotal, bytes);
            assertEquals(400, sent.answer().code(), sent.describe());
            assertEquals("X-Blob-Length", sent.answer().json().get("error").get("field").asText());
            assertEquals(received, sent.received(), sent.describe());
            return sent;
        }
        long past = received + 1 + random.nextInt((int) (photo.length - received));
        int pastLength = (int) Math.min(length, photo.length - past);
        if (pastLength <= 0) {
            return null;
        }
        ChunkUploader.Sent sent = ChunkUploader.put(deviceB, sha, past, photo.length,
                Arrays.copyOfRange(photo, (int) past, (int) past + pastLength));
        assertEquals(409, sent.answer().code(), sent.describe());
        assertEquals(received, sent.received(), sent.describe());
        return sent;
    }

    /** Every answer says where the upload stands, and the status says the same; nothing fails its hash. */
    private void assertTruthful(String sha, byte[] photo, ChunkUploader.Sent sent) {
        int code = sent.answer().code();
        assertTrue(code != 422 && code < 500, "the upload was lost or failed: " + sent.describe());
        assertTrue(sent.answer().headers().get("Content-Type").replace(" ", "").equals("application/json;charset=utf-8"),
                sent.describe());
        if (sent.answer().json().has("received")) {
            long received = sent.received();
            assertTrue(received >= 0 && received <= photo.length, sent.describe());
            assertEquals(received, status(sha), "the status disagrees with " + sent.describe());
        }
    }

    private void concurrent(long seed, ExecutorService pool) throws Exception {
        Random random = new Random(seed);
        byte[] photo = photo(random);
        String sha = sha(photo);
        int maxChunk = 1 + photo.length / (2 + random.nextInt(6));
        List<Future<List<ChunkUploader.Sent>>> runs = new ArrayList<>();
        for (ApiClient.Session device : List.of(deviceA, deviceB, office)) {
            Random own = new Random(random.nextLong());
            runs.add(pool.submit(() -> {
                ChunkUploader u = new ChunkUploader(device, photo, sha, own, maxChunk);
                List<ChunkUploader.Sent> sent = new ArrayList<>();
                while (!u.done()) {
                    assertTrue(sent.size() < 5_000, "no progress");
                    sent.add(u.step());
                    if (own.nextInt(4) == 0) {
                        ChunkUploader.Sent earlier = sent.get(own.nextInt(sent.size()));
                        sent.add(ChunkUploader.put(device, sha, earlier.offset(), earlier.total(), earlier.bytes()));
                    }
                }
                return sent;
            }));
        }
        for (Future<List<ChunkUploader.Sent>> run : runs) {
            for (ChunkUploader.Sent sent : run.get()) {
                int code = sent.answer().code();
                assertTrue(code == 200 || code == 201 || code == 409, sent.describe());
            }
        }
        assertStored(sha, photo);
    }

    private void assertStored(String sha, byte[] photo) {
        ApiClient.Response download = office.get("/api/v1/blobs/" + sha);
        assertEquals(200, download.code(), download.body());
        assertArrayEquals(photo, download.bytes(), "the stored bytes are not the photo's");
        assertEquals(Integer.toString(photo.length), download.headers().get("Content-Length"));
    }

    private long status(String sha) {
        ApiClient.Response r = office.get("/api/v1/blobs/" + sha + "/upload");
        assertEquals(200, r.code(), r.body());
        return r.json().get("received").asLong();
    }

    private byte[] photo(Random random) {
        byte[] b = new byte[8 + random.nextInt(random.nextBoolean() ? 2_000 : 120_000)];
        random.nextBytes(b);
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xD8;
        b[2] = (byte) 0xFF;
        return b;
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
