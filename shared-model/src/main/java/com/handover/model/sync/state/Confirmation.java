package com.handover.model.sync.state;

import com.handover.model.Signature;
import java.util.UUID;

/** One party's signature confirming a completed repair, over the work order's content hash. */
public record Confirmation(Signature signature, String contentHash, UUID operation) {
}
