package com.handover.server.sync;

import java.io.IOException;
import java.io.OutputStream;

/** Where a snapshot answer goes, asked for once it is known whether the answer is gzip-compressed. */
@FunctionalInterface
public interface SnapshotSink {
    OutputStream open(boolean gzip) throws IOException;
}
