package com.handover.mobile.bench;

import com.handover.model.ItemResult;
import com.handover.model.sync.EntityKey;
import com.handover.model.sync.FoldOrder;
import com.handover.model.sync.FoldedRecord;
import com.handover.model.sync.Operation;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.fold.FoldContext;
import com.handover.model.sync.fold.InspectionFold;
import com.handover.model.testing.Ops;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one new item result costs the reducer on an inspection that already holds many operations (the device
 * folding what a sync brought, the server's state folder folding a push): folded on top of the inspection's open
 * fold, and, in the same run, the whole inspection folded again, as every new operation cost before folds were kept
 * open. The inspection's rooms each hold 40 items; past one answer per item, the results are corrections, each
 * naming the result it replaced.
 *
 * <pre>mvn -q -pl mobile -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.handover.mobile.bench.FoldOnBenchmark</pre>
 */
public final class FoldOnBenchmark {

    private static final List<String> ROOMS = List.of("LIVING", "BEDROOM-1", "BEDROOM-2", "KITCHEN", "BATHROOM-1");
    private static final int ITEMS_PER_ROOM = 40;
    private static final int NEW_RESULTS = 500;
    private static final int PASSES = 5;

    private final UUID inspection = Ops.id("busy inspection");
    private final Ops tablet = new Ops("tablet", "inspector", Instant.parse("2026-10-01T01:00:00Z").toEpochMilli());
    private final Map<String, Operation> inEffect = new HashMap<>();
    private int recorded;

    public static void main(String[] args) {
        for (int held : List.of(200, 1_000, 5_000)) {
            new FoldOnBenchmark().run(held);
        }
    }

    private void run(int held) {
        List<Operation> history = new ArrayList<>();
        history.add(tablet.startInspection(inspection, ROOMS.toArray(String[]::new)));
        while (history.size() < held) {
            history.add(nextResult());
        }
        List<Operation> fresh = new ArrayList<>();
        for (int i = 0; i < NEW_RESULTS; i++) {
            fresh.add(nextResult());
        }
        // The last pass counts: the ones before let the JIT compile both paths.
        double onTop = 0;
        double whole = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            List<Operation> all = new ArrayList<>(history);
            ReplicaState s = Reducer.reduce(history);
            // The state just built would otherwise still be young, and copied by the collections the pass causes.
            System.gc();
            long t = System.nanoTime();
            for (Operation op : fresh) {
                Reducer.apply(s, List.of(op));
            }
            onTop = (System.nanoTime() - t) / 1e3 / fresh.size();
            // Every tenth result only: folding whole is the slow path.
            long wholeNanos = 0;
            int sampled = 0;
            for (int i = 0; i < fresh.size(); i++) {
                all.add(fresh.get(i));
                if (i % 10 == 0) {
                    long w = System.nanoTime();
                    foldWhole(all);
                    wholeNanos += System.nanoTime() - w;
                    sampled++;
                }
            }
            whole = wholeNanos / 1e3 / sampled;
        }
        System.out.printf("one new item result on an inspection holding %,d operations (%,d added one by one): folded"
                        + " on top %.1f µs, the inspection folded whole %.1f µs; whole ÷ on top = %.0f%n",
                held, NEW_RESULTS, onTop, whole, whole / onTop);
    }

    /** The fold every new operation cost before: the record's operations in fold order, folded from the start. */
    private void foldWhole(List<Operation> ops) {
        FoldContext ctx = new FoldContext();
        var folded = InspectionFold.fold(FoldOrder.of(ops), ctx);
        new FoldedRecord(new EntityKey(ops.get(0).entityKind(), inspection), folded, ctx.conflicts(), ctx.outcomes());
    }

    private Operation nextResult() {
        String room = ROOMS.get(recorded % ROOMS.size());
        String item = "ITEM-" + (recorded / ROOMS.size()) % ITEMS_PER_ROOM;
        recorded++;
        String key = room + "/" + item;
        Operation op = tablet.item(inspection, room, item, recorded % 25 == 0 ? ItemResult.FAIL : ItemResult.PASS,
                inEffect.get(key));
        inEffect.put(key, op);
        return op;
    }
}
