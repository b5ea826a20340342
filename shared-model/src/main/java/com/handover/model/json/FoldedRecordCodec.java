package com.handover.model.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.handover.model.ItemResult;
import com.handover.model.SharedValues;
import com.handover.model.sync.Conflict;
import com.handover.model.sync.EntityKey;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.FoldedRecord;
import com.handover.model.sync.state.ComplaintState;
import com.handover.model.sync.state.DefectState;
import com.handover.model.sync.state.InspectionState;
import com.handover.model.sync.state.ItemEntry;
import com.handover.model.sync.state.WorkOrderState;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A folded record as a device stores it: its state and conflicts as JSON, except an inspection's answers, which
 * are most of a replica's state (about 150 a unit) and are written as binary rows, about a quarter of their JSON
 * and read several times faster. Outcomes are not stored: a restored state folds a record again from its
 * operations when one of its outcomes is asked for. The record's kind and id are stored beside the bytes.
 *
 * <p>Layout: a format byte; the JSON's length (int) and its UTF-8 bytes; for an inspection, the number of answers
 * (int) and each answer: room, item code, result ordinal (byte), flags (byte: 1 measured value, 2 note, 4 actor),
 * the measured value (double), the note, the operation id (two longs), the actor. Strings are a length (int) and
 * UTF-8 bytes; a negative length names the string at that place (minus one) among those already written.
 */
public final class FoldedRecordCodec {

    private static final byte FORMAT = 1;
    private static final int MEASURED = 1;
    private static final int NOTE = 2;
    private static final int ACTOR = 4;
    private static final ItemResult[] RESULTS = ItemResult.values();

    private static final Map<EntityKind, Class<?>> STATE_TYPES = Map.of(EntityKind.INSPECTION, InspectionState.class,
            EntityKind.DEFECT, DefectState.class, EntityKind.WORK_ORDER, WorkOrderState.class,
            EntityKind.COMPLAINT, ComplaintState.class);

    /** The JSON part of a stored record, its state typed by the record's kind. */
    record Stored<T>(T state, List<Conflict> conflicts) {
    }

    private final ObjectWriter writer = ModelJson.mapper().writer();
    private final Map<EntityKind, ObjectReader> readers = new EnumMap<>(EntityKind.class);

    public FoldedRecordCodec() {
        for (EntityKind kind : EntityKind.values()) {
            JavaType type = ModelJson.mapper().getTypeFactory().constructParametricType(Stored.class,
                    STATE_TYPES.get(kind));
            readers.put(kind, ModelJson.mapper().readerFor(type));
        }
    }

    public byte[] encode(FoldedRecord record) {
        Object state = record.state();
        InspectionState inspection = state instanceof InspectionState i ? i : null;
        if (inspection != null) {
            state = withItems(inspection, Map.of());
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(FORMAT);
            byte[] json = writer.writeValueAsBytes(new Stored<>(state, record.conflicts()));
            out.writeInt(json.length);
            out.write(json);
            if (inspection != null) {
                new ItemWriter(out).write(inspection.items().values());
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the fold of " + record.key() + " could not be written", e);
        }
    }

    /**
     * The record as stored, with no outcomes (see the class comment).
     *
     * @throws IllegalArgumentException when the bytes are not a stored record of that kind
     */
    public FoldedRecord decode(EntityKey key, byte[] data) {
        try {
            ByteBuffer in = ByteBuffer.wrap(data);
            if (in.get() != FORMAT) {
                throw new IllegalArgumentException("the stored fold of " + key + " is in another format");
            }
            int jsonLength = in.getInt();
            Stored<?> stored = readers.get(key.kind()).readValue(data, in.position(), jsonLength);
            in.position(in.position() + jsonLength);
            Object state = stored.state();
            if (state instanceof InspectionState inspection) {
                state = withItems(inspection, new ItemReader(in).read());
            }
            if (in.hasRemaining()) {
                throw new IllegalArgumentException("the stored fold of " + key + " has bytes after its end");
            }
            List<Conflict> conflicts = stored.conflicts() == null ? List.of() : stored.conflicts();
            return new FoldedRecord(key, state, conflicts, Map.of());
        } catch (IOException | BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("the stored fold of " + key + " is unreadable: " + e.getMessage(), e);
        }
    }

    private static InspectionState withItems(InspectionState i, Map<String, ItemEntry> items) {
        return new InspectionState(i.id(), i.unitId(), i.kind(), i.templateCode(), i.templateVersion(), i.rooms(),
                i.defectsToRecheck(), i.startedBy(), i.startedAt(), items, i.meters(), i.keys(), i.signOff(),
                i.outsideSignedRecord());
    }

    /** Writes answers, each string once per record. */
    private static final class ItemWriter {
        private final DataOutputStream out;
        private final Map<String, Integer> written = new HashMap<>();

        ItemWriter(DataOutputStream out) {
            this.out = out;
        }

        void write(Collection<ItemEntry> items) throws IOException {
            out.writeInt(items.size());
            for (ItemEntry e : items) {
                string(e.room());
                string(e.itemCode());
                out.writeByte(e.result().ordinal());
                out.writeByte((e.measuredValue() != null ? MEASURED : 0) | (e.note() != null ? NOTE : 0)
                        | (e.actor() != null ? ACTOR : 0));
                if (e.measuredValue() != null) {
                    out.writeDouble(e.measuredValue());
                }
                if (e.note() != null) {
                    string(e.note());
                }
                out.writeLong(e.operation().getMostSignificantBits());
                out.writeLong(e.operation().getLeastSignificantBits());
                if (e.actor() != null) {
                    string(e.actor());
                }
            }
        }

        private void string(String s) throws IOException {
            Integer at = written.get(s);
            if (at != null) {
                out.writeInt(-at - 1);
                return;
            }
            written.put(s, written.size());
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    /**
     * Reads answers as {@link ItemWriter} wrote them, into the sorted map a fold makes; the texts that recur across
     * records (rooms, items, people) are shared with them ({@link SharedValues}).
     */
    private static final class ItemReader {
        private final ByteBuffer in;
        private final List<String> read = new ArrayList<>();

        ItemReader(ByteBuffer in) {
            this.in = in;
        }

        Map<String, ItemEntry> read() {
            int count = in.getInt();
            Map<String, ItemEntry> items = new TreeMap<>();
            for (int n = 0; n < count; n++) {
                String room = string();
                String itemCode = string();
                ItemResult result = RESULTS[in.get()];
                int flags = in.get();
                Double measured = (flags & MEASURED) != 0 ? in.getDouble() : null;
                String note = (flags & NOTE) != 0 ? string() : null;
                UUID operation = new UUID(in.getLong(), in.getLong());
                String actor = (flags & ACTOR) != 0 ? string() : null;
                items.put(ItemEntry.sharedKey(room, itemCode),
                        new ItemEntry(room, itemCode, result, measured, note, operation, actor));
            }
            return Collections.unmodifiableMap(items);
        }

        private String string() {
            int length = in.getInt();
            if (length < 0) {
                return read.get(-length - 1);
            }
            String s = SharedValues.shared(new String(in.array(), in.position(), length, StandardCharsets.UTF_8));
            in.position(in.position() + length);
            read.add(s);
            return s;
        }
    }
}
