package com.handover.server.bench;

import com.handover.model.json.ModelJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.server.reference.BundledTemplateCatalog;
import com.handover.server.web.api.PushBody;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * What reading a push costs the server before it checks and stores anything: the body read, each operation read
 * and its canonical text written, per operation, once compiled. Next to it, in the same run: the same body when
 * one element is not in the canonical order (every element then read again from its bytes), and Jackson reading
 * the body into a tree, for scale. Run: {@code java -cp sync-server/target/handover-server.jar
 * com.handover.server.bench.PushReadBenchmark [--rounds 40]} (see docs/BENCHMARKS.md).
 */
public final class PushReadBenchmark {

    private static final int BATCH = 500;
    private static final int READS_PER_ROUND = 100;

    private PushReadBenchmark() {
    }

    /** A push as a device sends it, and the same push with its first element in another field order. */
    record Bodies(List<Operation> operations, byte[] asDevicesWrite, byte[] oneReordered) {
    }

    static Bodies bodies(OperationCodec codec) {
        List<UUID> units = IntStream.range(0, 4).mapToObj(i -> UUID.randomUUID()).toList();
        List<Operation> ops = new InspectionStream(BundledTemplateCatalog.load().catalog(), "bench", "bench-phone", 42)
                .generate(units, BATCH);
        List<String> texts = ops.stream().map(codec::toJson).toList();
        String first = texts.get(0);
        String reordered = "{" + first.substring(first.indexOf("\"payload\":"), first.length() - 1) + ","
                + first.substring(1, first.indexOf(",\"payload\":")) + "}";
        return new Bodies(ops, body(texts),
                body(Stream.concat(Stream.of(reordered), texts.stream().skip(1)).toList()));
    }

    public static void main(String[] args) throws IOException {
        int rounds = rounds(args);
        OperationCodec codec = new OperationCodec();
        Bodies bodies = bodies(codec);
        System.out.printf("a push of %d operations (%d item results), %,d bytes; microseconds per operation,"
                + " the best of each %d-round stretch%n", bodies.operations().size(), bodies.operations().stream()
                .filter(op -> op.type() == OperationType.INSPECTION_ITEM_RECORDED).count(),
                bodies.asDevicesWrite().length, rounds / 4);
        for (int stretch = 0; stretch < 4; stretch++) {
            double read = best(rounds / 4, () -> readAndWrite(bodies.asDevicesWrite(), codec));
            double reread = best(rounds / 4, () -> readAndWrite(bodies.oneReordered(), codec));
            double tree = best(rounds / 4, () -> ModelJson.mapper().readTree(bodies.asDevicesWrite()).size());
            System.out.printf("  as devices write it %.2f µs; one element in another order %.2f µs (%.2f×);"
                    + " Jackson's tree of the body %.2f µs (%.2f×)%n", read, reread, reread / read, tree, tree / read);
        }
    }

    private static int rounds(String[] args) {
        if (args.length == 0) {
            return 40;
        }
        if (args.length == 2 && args[0].equals("--rounds") && args[1].matches("\\d{1,6}")
                && Integer.parseInt(args[1]) >= 4) {
            return Integer.parseInt(args[1]);
        }
        throw new IllegalArgumentException("usage: PushReadBenchmark [--rounds N], N from 4 (four stretches of N / 4"
                + " rounds each); got " + String.join(" ", args));
    }

    private static byte[] body(List<String> operations) {
        return ("{\"deviceId\":\"bench-phone\",\"operations\":[" + String.join(",", operations) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** What a push reads: the body, each operation, and each one's text as the log stores it. */
    static List<Operation> read(byte[] body, OperationCodec codec) {
        return PushBody.parse(body).operations().stream().map(sent -> sent.operation(codec)).toList();
    }

    private static long readAndWrite(byte[] body, OperationCodec codec) {
        long chars = 0;
        for (Operation op : read(body, codec)) {
            chars += codec.toJson(op).length();
        }
        return chars;
    }

    private interface Work {
        long run() throws IOException;
    }

    private static double best(int rounds, Work work) throws IOException {
        double best = Double.MAX_VALUE;
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < READS_PER_ROUND; i++) {
                sink += work.run();
            }
            best = Math.min(best, (System.nanoTime() - start) / 1_000.0 / READS_PER_ROUND / BATCH);
        }
        if (sink == 0) {
            throw new IllegalStateException("nothing was read");
        }
        return best;
    }
}
