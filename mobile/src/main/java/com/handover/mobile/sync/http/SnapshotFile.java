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
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A downloaded bootstrap snapshot, kept in a file on the device (gzip-compressed when the server sent it so)
 * until it is installed; closing deletes the file. Reading checks that the snapshot ends with its closing line
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

    @Override
    public End read(Consumer<List<PulledOperation>> pages) throws IOException {
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
