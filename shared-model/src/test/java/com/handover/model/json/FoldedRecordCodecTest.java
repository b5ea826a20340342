package com.handover.model.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.handover.model.sync.EntityKey;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.FoldedRecord;
import com.handover.model.sync.Operation;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.state.InspectionState;
import com.handover.model.sync.state.ItemEntry;
import com.handover.model.testing.OperationGenerator;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A device's stored folds read back as they were written, and a damaged one is refused rather than misread. */
class FoldedRecordCodecTest {

    private final FoldedRecordCodec codec = new FoldedRecordCodec();

    @Test
    void everyKindOfRecordReadsBackWithItsStateAndConflicts() {
        int inspectionsWithAnswers = 0;
        for (long seed = 1; seed <= 300; seed++) {
            List<Operation> ops = OperationGenerator.session(seed);
            ReplicaState state = Reducer.reduce(ops);
            Set<EntityKey> keys = new TreeSet<>();
            ops.forEach(op -> keys.add(EntityKey.of(op)));
            for (EntityKey key : keys) {
                FoldedRecord folded = state.folded(key);
                FoldedRecord read = codec.decode(key, codec.encode(folded));
                assertEquals(folded.state(), read.state(), "state of " + key + ", seed " + seed);
                assertEquals(folded.conflicts(), read.conflicts(), "conflicts of " + key + ", seed " + seed);
                if (folded.state() instanceof InspectionState i && !i.items().isEmpty()) {
                    inspectionsWithAnswers++;
                    assertEquals(List.copyOf(i.items().keySet()),
                            List.copyOf(((InspectionState) read.state()).items().keySet()), "answers in fold order");
                }
            }
        }
        assertTrue(inspectionsWithAnswers > 100, "the sessions hold answered inspections: " + inspectionsWithAnswers);
    }

    @Test
    void answersReadFromSeparateRecordsHoldOneInstanceOfEachRoomItemAndKey() {
        for (long seed = 1; seed <= 60; seed++) {
            ReplicaState state = Reducer.reduce(OperationGenerator.session(seed));
            for (InspectionState inspection : state.inspections().values()) {
                if (inspection.items().isEmpty()) {
                    continue;
                }
                EntityKey key = new EntityKey(EntityKind.INSPECTION, inspection.id());
                byte[] stored = codec.encode(state.folded(key));
                var first = ((InspectionState) codec.decode(key, stored).state()).items().entrySet().iterator().next();
                var second = ((InspectionState) codec.decode(key, stored).state()).items().entrySet().iterator().next();
                assertSame(first.getKey(), second.getKey(), "the answer's key");
                assertSame(first.getValue().room(), second.getValue().room(), "the room");
                assertSame(first.getValue().itemCode(), second.getValue().itemCode(), "the item");
                return;
            }
        }
        throw new AssertionError("no session holds an answered inspection");
    }

    /** Folds stored by an installed app stay readable: the answers are written exactly as the layout says. */
    @Test
    void answersAreWrittenInTheDocumentedLayout() throws Exception {
        int checked = 0;
        for (long seed = 1; seed <= 60; seed++) {
            List<Operation> ops = OperationGenerator.session(seed);
            ReplicaState state = Reducer.reduce(ops);
            for (InspectionState inspection : state.inspections().values()) {
                if (inspection.items().isEmpty()) {
                    continue;
                }
                byte[] encoded = codec.encode(state.folded(new EntityKey(EntityKind.INSPECTION, inspection.id())));
                int jsonLength = ByteBuffer.wrap(encoded, 1, 4).getInt();
                ByteArrayOutputStream expected = new ByteArrayOutputStream();
                DataOutputStream out = new DataOutputStream(expected);
                out.writeByte(1);
                out.writeInt(jsonLength);
                out.write(encoded, 5, jsonLength);
                writeAnswers(out, inspection.items().values());
                assertArrayEquals(expected.toByteArray(), encoded, "inspection " + inspection.id() + ", seed " + seed);
                checked++;
            }
        }
        assertTrue(checked > 20, "answered inspections checked: " + checked);
    }

    /** The class comment's layout, written with a DataOutputStream. */
    private static void writeAnswers(DataOutputStream out, Collection<ItemEntry> items) throws IOException {
        List<String> written = new ArrayList<>();
        out.writeInt(items.size());
        for (ItemEntry e : items) {
            writeString(out, written, e.room());
            writeString(out, written, e.itemCode());
            out.writeByte(e.result().ordinal());
            out.writeByte((e.measuredValue() != null ? 1 : 0) | (e.note() != null ? 2 : 0) | (e.actor() != null ? 4 : 0));
            if (e.measuredValue() != null) {
                out.writeDouble(e.measuredValue());
            }
            if (e.note() != null) {
                writeString(out, written, e.note());
            }
            out.writeLong(e.operation().getMostSignificantBits());
            out.writeLong(e.operation().getLeastSignificantBits());
            if (e.actor() != null) {
                writeString(out, written, e.actor());
            }
        }
    }

    private static void writeString(DataOutputStream out, List<String> written, String s) throws IOException {
        int at = written.indexOf(s);
        if (at >= 0) {
            out.writeInt(-at - 1);
            return;
        }
        written.add(s);
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    @Test
    void aCutOrAlteredRecordIsRefused() {
        List<Operation> ops = OperationGenerator.session(42);
        EntityKey key = ops.stream().filter(op -> op.type().name().equals("INSPECTION_STARTED"))
                .map(EntityKey::of).findFirst().orElseThrow();
        byte[] whole = codec.encode(Reducer.reduce(ops).folded(key));
        for (int cut : new int[] {1, 5, whole.length / 2, whole.length - 1}) {
            byte[] part = Arrays.copyOf(whole, cut);
            assertThrows(IllegalArgumentException.class, () -> codec.decode(key, part), "cut at " + cut);
        }
        byte[] otherFormat = whole.clone();
        otherFormat[0] = 9;
        assertThrows(IllegalArgumentException.class, () -> codec.decode(key, otherFormat));
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        assertThrows(IllegalArgumentException.class, () -> codec.decode(key, longer));
    }
}
