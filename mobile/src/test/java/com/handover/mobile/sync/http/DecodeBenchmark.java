package com.handover.mobile.sync.http;

import com.handover.model.ItemResult;
import com.handover.model.json.ModelJson;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.ops.InspectionOps;
import com.handover.model.testing.Ops;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * What reading operations costs a device, on the operations of a 1,000-unit project (148,000 item results, one
 * in ten failed with a note): each operation's text read on its own by the replica's codec, as a snapshot line is,
 * and the same operations as pull answers of 1,000 read by the app's page reader. The first pass is what a fresh
 * JVM pays; the median of the later passes is the compiled code's. In this package because the page reader is
 * the app's own, not public.
 *
 * <pre>mvn -q -pl mobile -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.handover.mobile.sync.http.DecodeBenchmark</pre>
 */
public final class DecodeBenchmark {

    private static final int UNITS = 1_000;
    private static final int RESULTS_PER_UNIT = 148;
    private static final int PAGE = 1_000;
    private static final int PASSES = 9;
    private static final List<String> ROOMS = List.of("LIVING", "BEDROOM-1", "BEDROOM-2", "KITCHEN", "BATHROOM-1");

    public static void main(String[] args) throws IOException {
        List<byte[]> texts = new ArrayList<>();
        Ops tablet = new Ops("tablet-7f3a", "wang.li", 1_773_000_000_000L);
        OperationCodec writer = new OperationCodec();
        for (int unit = 0; unit < UNITS; unit++) {
            UUID inspection = Ops.id("inspection " + unit);
            for (int i = 0; i < RESULTS_PER_UNIT; i++) {
                boolean failed = i % 10 == 0;
                Operation op = tablet.op(OperationType.INSPECTION_ITEM_RECORDED, inspection, null,
                        new InspectionOps.ItemRecorded(ROOMS.get(i % ROOMS.size()), "F-ITEM_" + (i / ROOMS.size()),
                                failed ? ItemResult.FAIL : ItemResult.PASS, failed ? 4.5 : null,
                                failed ? "墙面空鼓约0.3㎡，需返修" : null));
                texts.add(writer.toJson(op).getBytes(StandardCharsets.UTF_8));
            }
        }
        List<byte[]> pages = pages(texts);
        OperationCodec codec = OperationCodec.forReplica();
        PullPageReader reader = new PullPageReader(ModelJson.mapper(), codec);
        double[] one = new double[PASSES];
        double[] paged = new double[PASSES];
        long held = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            long start = System.nanoTime();
            for (byte[] text : texts) {
                held += codec.fromJson(text, 0, text.length).hlc().counter();
            }
            one[pass] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            for (byte[] page : pages) {
                held += reader.read(page, "").operations().size();
            }
            paged[pass] = (System.nanoTime() - start) / 1e6;
        }
        System.out.printf(Locale.ROOT, "%,d item results (checksum %d)%n", texts.size(), held);
        print("each operation's text read on its own (a snapshot line)", one, texts.size());
        print("read as pull answers of " + PAGE + " operations", paged, texts.size());
    }

    private static void print(String what, double[] millis, int count) {
        double[] later = Arrays.copyOfRange(millis, 1, millis.length);
        Arrays.sort(later);
        double median = later[later.length / 2];
        System.out.printf(Locale.ROOT, "%s: first pass %.0f ms, then median %.0f ms (%.2f µs an operation)%n", what,
                millis[0], median, median * 1000 / count);
    }

    /** The operations as the server writes pull answers: entries with their positions, then the cursor. */
    private static List<byte[]> pages(List<byte[]> texts) {
        List<byte[]> pages = new ArrayList<>();
        for (int from = 0; from < texts.size(); from += PAGE) {
            StringBuilder page = new StringBuilder("{\"operations\":[");
            int to = Math.min(texts.size(), from + PAGE);
            for (int i = from; i < to; i++) {
                page.append(i == from ? "" : ",").append("{\"position\":").append(i + 1).append(",\"operation\":")
                        .append(new String(texts.get(i), StandardCharsets.UTF_8)).append('}');
            }
            page.append("],\"nextCursor\":\"").append(to).append(".00000000000000ab\",\"hasMore\":")
                    .append(to < texts.size()).append('}');
            pages.add(page.toString().getBytes(StandardCharsets.UTF_8));
        }
        return pages;
    }
}
