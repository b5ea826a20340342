package com.handover.server.bench;

import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import com.handover.server.reference.BundledTemplateCatalog;
import com.handover.server.sync.PullPageBytes;
import com.handover.server.sync.PullResult;
import com.handover.server.sync.SnapshotWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Which gzip level the server's answers should use: for answers the size of a sync round's pull, a full pull
 * page and a first sync's snapshot, built from generated inspection operations as the server sends them, it
 * prints each level's size, the CPU to compress and to decompress, and the time to deliver over a site's mobile
 * network. Run: {@code java -cp sync-server/target/handover-server.jar
 * com.handover.server.bench.CompressionBenchmark}.
 */
public final class CompressionBenchmark {

    static final int[] LEVELS = {0, 1, 2, 3, 4, 5, 6, 9};
    /** Site networks to deliver over, in megabits per second: a weak 4G signal in a stairwell, a fair one. */
    static final double[] MEGABITS = {4, 20};
    static final int REPEATS = 7;

    private CompressionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<Operation> ops = new InspectionStream(BundledTemplateCatalog.load().catalog(), "bench", "bench-phone", 3)
                .generate(units(400), 60_000);
        OperationCodec codec = new OperationCodec();
        List<String> texts = ops.stream().map(codec::toJson).toList();
        System.out.printf("gzip levels for the server's answers (level 0 = sent as is); delivery = compress + send"
                + " + decompress at %s Mbit/s%n", Arrays.toString(MEGABITS));
        measure("a sync round's pull, 200 operations", page(texts.subList(0, 200)));
        measure("a full pull page, 1,000 operations", page(texts.subList(0, 1000)));
        measure("a snapshot, 60,000 operations", snapshot(texts));
    }

    private static void measure(String what, byte[] answer) throws IOException {
        System.out.printf("%s: %,d bytes%n", what, answer.length);
        for (int level : LEVELS) {
            byte[] packed = level == 0 ? answer : gzip(answer, level);
            double packMs = level == 0 ? 0 : medianMillis(() -> gzip(answer, level));
            double unpackMs = level == 0 ? 0 : medianMillis(() -> gunzip(packed));
            StringBuilder delivery = new StringBuilder();
            for (double mbit : MEGABITS) {
                double sendMs = packed.length * 8 / (mbit * 1000);
                delivery.append(String.format("  %.0f Mbit/s %.0f ms", mbit, packMs + sendMs + unpackMs));
            }
            System.out.printf("  level %d: %,d bytes (%.1f %%), compress %.2f ms, decompress %.2f ms;%s%n", level,
                    packed.length, 100.0 * packed.length / answer.length, packMs, unpackMs, delivery);
        }
    }

    private interface Work {
        Object run() throws IOException;
    }

    private static double medianMillis(Work work) throws IOException {
        double[] millis = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[REPEATS / 2];
    }

    private static byte[] gzip(byte[] data, int level) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4);
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 64 * 1024) {
            {
                def.setLevel(level);
            }
        }) {
            zip.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] data) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data), 64 * 1024)) {
            return in.readAllBytes();
        }
    }

    /** A pull answer's bytes, as the server writes them. */
    private static byte[] page(List<String> operations) {
        List<PullResult.Entry> entries = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            entries.add(new PullResult.Entry(100_000 + i, operations.get(i)));
        }
        return PullPageBytes.of(new PullResult(entries, "101000.00000000000000ab", true,
                "1764900000000-0000-server"));
    }

    /** A bootstrap snapshot's bytes, as the server writes them: a line per operation, then the closing line. */
    private static byte[] snapshot(List<String> operations) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotWriter writer = new SnapshotWriter(out);
        for (int i = 0; i < operations.size(); i++) {
            writer.entry(i + 1, operations.get(i));
        }
        writer.end(Integer.toString(operations.size()), "1764900000000-0000-server");
        return out.toByteArray();
    }

    private static List<UUID> units(int count) {
        List<UUID> units = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            units.add(UUID.nameUUIDFromBytes(("compression-unit-" + i).getBytes(StandardCharsets.UTF_8)));
        }
        return units;
    }
}
