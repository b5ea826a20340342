package com.handover.server.sync;

import com.handover.model.sync.Operation;
import com.handover.server.sync.PushResult.RejectCode;

/** One element of a pushed batch after parsing: an operation with its canonical JSON, or why it could not be read. */
record PushParsed(String idText, Operation op, String json, RejectCode code, String message) {
}
