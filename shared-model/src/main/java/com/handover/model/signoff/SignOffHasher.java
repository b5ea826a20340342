package com.handover.model.signoff;

import com.handover.model.json.CanonicalJson;
import com.handover.model.sync.Operation;
import com.handover.model.SignOffDecision;
import java.util.Collection;
import java.util.UUID;

/** The content hash of a sign-off: SHA-256 over the RFC 8785 canonical JSON of its {@link SignedContent}. */
public final class SignOffHasher {

    private SignOffHasher() {
    }

    public static String hash(SignedContent content) {
        return CanonicalJson.sha256Hex(content);
    }

    public static String canonicalText(SignedContent content) {
        return CanonicalJson.of(content);
    }

    public static String hash(UUID inspectionId, Collection<Operation> covered, SignOffDecision decision) {
        return hash(SignedContent.from(inspectionId, covered, decision));
    }
}
