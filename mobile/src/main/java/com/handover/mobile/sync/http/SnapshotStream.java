package com.handover.mobile.sync.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.handover.mobile.store.PulledOperation;
import com.handover.mobile.store.Snapshot;
import com.handover.model.json.OperationFormatException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A bootstrap snapshot read as it arrives (gzip-compressed when the server sent it so): a second thread reads and
 * decodes the pages ahead from the connection while the caller stores them, so the download, the decoding and the
 * store's writing run side by side. Reading checks that the snapshot ends with its closing line and that the count
 * there matches, so a download cut short fails the read, and the store's transaction that took its pages stores
 * none of them. It is read once; closing lets go of the connection.
 */
final class SnapshotStream implements Snapshot {

    private final InputStream body;
    private final boolean gzip;
    private final ObjectMapper mapper;
    private final PullPageReader entries;
    private final Closeable connection;

    /**
     * @param body       the snapshot's bytes as they arrive
     * @param connection closed with the snapshot (the HTTP response the body belongs to)
     */
    SnapshotStream(InputStream body, boolean gzip, ObjectMapper mapper, PullPageReader entries, Closeable connection) {
        this.body = body;
        this.gzip = gzip;
        this.mapper = mapper;
        this.entries = entries;
        this.connection = connection;
    }

    private static final byte[] END = "{\"end\"".getBytes(StandardCharsets.US_ASCII);

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

    /** Reads and decodes the snapshot on the calling thread, handing each page on. */
    private End decode(Consumer<List<PulledOperation>> pages) throws IOException {
        try (InputStream in = open()) {
            SnapshotLines lines = new SnapshotLines(in);
            List<PulledOperation> page = new ArrayList<>(PAGE);
            long count = 0;
            while (lines.next()) {
                if (Utf8Prefix.at(lines.buffer(), lines.start(), lines.start() + lines.length(), END)) {
                    pages.accept(page);
                    End end = end(lines, count);
                    if (lines.next()) {
                        throw new IOException("the snapshot goes on after its closing line");
                    }
                    return end;
                }
                page.add(entry(lines));
                count++;
                if (page.size() == PAGE) {
                    pages.accept(page);
                    page = new ArrayList<>(PAGE);
                }
            }
            throw new IOException("the snapshot ends before its closing line (" + count + " operations read)");
        }
    }

    private PulledOperation entry(SnapshotLines line) throws IOException {
        try {
            return entries.entry(line.buffer(), line.start(), line.length());
        } catch (OperationFormatException e) {
            throw new IOException("the snapshot holds an unreadable operation: " + e.getMessage(), e);
        }
    }

    private End end(SnapshotLines line, long count) throws IOException {
        JsonNode end = mapper.readTree(line.buffer(), line.start(), line.length());
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

    private InputStream open() throws IOException {
        return gzip ? new GZIPInputStream(body, 64 * 1024) : body;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (IOException e) {
            // The connection is given up either way; nothing of the snapshot is kept on the device.
        }
    }
}
