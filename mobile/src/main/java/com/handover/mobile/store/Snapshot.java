package com.handover.mobile.store;

import com.handover.model.sync.Hlc;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * A bootstrap snapshot of the device's scope as the server sent it: its operations in position order, then a
 * closing line with their count, the cursor to pull on from and the server's clock. Closing it deletes what it
 * held on the device.
 */
public interface Snapshot extends AutoCloseable {

    /** Operations handed to the store at a time, the last page fewer. */
    int PAGE = 1000;

    /** The closing line, read only after every operation before it. */
    record End(long operations, String nextCursor, Hlc serverClock) {
    }

    /**
     * Hands the operations to {@code pages} a page ({@link #PAGE}) at a time, in order.
     *
     * @return the closing line, once it was read and its count matches the operations handed over
     * @throws IOException when the snapshot is cut short, its count does not match, or a line is unreadable
     */
    End read(Consumer<List<PulledOperation>> pages) throws IOException;

    @Override
    void close();
}
