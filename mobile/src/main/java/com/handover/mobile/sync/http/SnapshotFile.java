package com.handover.mobile.sync.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handover.mobile.store.PulledOperation;
import com.handover.mobile.store.Snapshot;
import com.handover.model.json.OperationFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A downloaded bootstrap snapshot, kept in a file on the device (gzip-compressed when the server sent it so)
 * until it is installed; closing deletes the file. A second thread reads and decodes the pages ahead while the
 * caller stores them. Reading checks that the snapshot ends with its closing line
 * and that the count there matches, so a download cut short is never installed.
 */
final class SnapshotFile implements Snapshot {

    /** Operations handed to the store at a time. */
    static final int PAGE = 1000;

    private final Path file;
    private final boolean gzip;
    private final ObjectMapper mapper;
    private final PullPageReader entries;

    SnapshotFile(Path file, boolean gzip, ObjectMapper mapper, PullPageReader entries) {
        this.file = file;
        this.gzip = gzip;
        this.mapper = mapper;
        this.entries = entries;
    }

    /** Pages decoded ahead of the store; the decoding of the next pages runs while the store writes one. */
    static final int AHEAD = 3;

    /** What the decoding thread hands over: a page, the closing line, or why it stopped. */
    private record Decoded(List<PulledOperation> page, End end, Exception failure) {
    }

    /** Stops the decoding thread when the store no longer takes pages. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }

    @Override
    public End read(Consumer<List<PulledOperation>> pages) throws IOException {
        BlockingQueue<Decoded> decoded = new ArrayBlockingQueue<>(AHEAD);
        Thread decoder = new Thread(() -> decodeInto(decoded), "snapshot-decode");
        decoder.setDaemon(true);
        decoder.start();
        try {
            while (true) {
                Decoded next = decoded.take();
                if (next.failure() instanceof IOException e) {
                    throw e;
                } else if (next.failure() instanceof RuntimeException e) {
                    throw e;
                } else if (next.end() != null) {
                    return next.end();
                }
                pages.accept(next.page());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while installing the snapshot", e);
        } finally {
            decoder.interrupt();
        }
    }

    private void decodeInto(BlockingQueue<Decoded> out) {
        Decoded last;
        try {
            last = new Decoded(null, decode(page -> hand(out, new Decoded(page, null, null))), null);
        } catch (Abandoned e) {
            return;
        } catch (IOException | RuntimeException e) {
            last = new Decoded(null, null, e);
        }
        try {
            hand(out, last);
        } catch (Abandoned e) {
            // nobody waits for it any more
        }
    }

    private static void hand(BlockingQueue<Decoded> out, Decoded item) {
        try {
            out.put(item);
        } catch (InterruptedException e) {
            throw new Abandoned();
        }
    }

    /** Reads and decodes the file on the calling thread, handing each page on. */
    private End decode(Consumer<List<PulledOperation>> pages) throws IOException {
        try (BufferedReader lines = open()) {
            List<PulledOperation> page = new ArrayList<>(PAGE);
            long count = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("{\"end\"")) {
                    pages.accept(page);
                    End end = end(line, count);
                    if (lines.readLine() != null) {
                        throw new IOException("the snapshot goes on after its closing line");
                    }
                    return end;
                }
                page.add(entry(line));
                count++;
                if (page.size() == PAGE) {
                    pages.accept(page);
                    page = new ArrayList<>(PAGE);
                }
            }
            throw new IOException("the snapshot ends before its closing line (" + count + " operations read)");
        }
    }

    private PulledOperation entry(String line) throws IOException {
        try {
            return entries.entry(line);
        } catch (OperationFormatException e) {
            throw new IOException("the snapshot holds an unreadable operation: " + e.getMessage(), e);
        }
    }

    private End end(String line, long count) throws IOException {
        JsonNode end = mapper.readTree(line);
        long announced = end.path("operations").asLong(-1);
        if (announced != count) {
            throw new IOException("the snapshot announces " + announced + " operations but holds " + count);
        }
        String cursor = end.path("nextCursor").asText("");
        if (cursor.isEmpty()) {
            throw new IOException("the snapshot's closing line has no cursor");
        }
        return new End(count, cursor, PullPageReader.hlc(end.path("serverHlc").asText(null)));
    }

    private BufferedReader open() throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            InputStream body = gzip ? new GZIPInputStream(in, 64 * 1024) : in;
            return new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 64 * 1024);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
