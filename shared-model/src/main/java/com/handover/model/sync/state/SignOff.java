package com.handover.model.sync.state;

import com.handover.model.SignOffDecision;
import com.handover.model.Signature;
import com.handover.model.sync.Hlc;
import java.util.List;
import java.util.UUID;

/** The sign-off in effect on an inspection: what was decided, who signed, what exactly was signed. */
public record SignOff(UUID operation, SignOffDecision decision, List<Signature> signatures,
                      List<UUID> coveredOperations, String contentHash, Hlc at, String actor, String device) {
}
