package com.handover.mobile.bench;

import com.handover.mobile.store.PulledOperation;
import com.handover.mobile.store.Snapshot;
import com.handover.mobile.store.sqlite.SqliteDatabase;
import com.handover.mobile.store.sqlite.SqliteOperationLog;
import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The device's own install of a snapshot whose operations are decoded and encoded beforehand: the store's writing
 * alone (its statement batches, both indexes, the rollback journal and the commit), with no download and no
 * decoding beside it. Set against {@link RawInsert} of the same rows, it tells the store's cost from the rest of a
 * first sync's.
 */
final class DecodedInstall {

    private DecodedInstall() {
    }

    /** @return seconds for the install and its commit into a new replica at {@code file} */
    static double seconds(Path file, List<Operation> ops) {
        OperationCodec codec = new OperationCodec();
        List<PulledOperation> pulled = new ArrayList<>(ops.size());
        for (int i = 0; i < ops.size(); i++) {
            pulled.add(new PulledOperation(i + 1, ops.get(i), codec.toJson(ops.get(i))));
        }
        SqliteDatabase db = SqliteDatabase.open(file);
        try {
            long start = System.nanoTime();
            new SqliteOperationLog(db).install(new Prepared(pulled));
            return (System.nanoTime() - start) / 1e9;
        } catch (IOException e) {
            throw new IllegalStateException("a prepared snapshot cannot be cut short", e);
        } finally {
            db.close();
        }
    }

    private record Prepared(List<PulledOperation> operations) implements Snapshot {
        @Override
        public End read(Consumer<List<PulledOperation>> pages) {
            for (int from = 0; from < operations.size(); from += Snapshot.PAGE) {
                pages.accept(operations.subList(from, Math.min(operations.size(), from + Snapshot.PAGE)));
            }
            return new End(operations.size(), "bench-cursor", null);
        }

        @Override
        public void close() {
        }
    }
}
