package com.handover.model;

import java.time.Instant;
import java.util.List;

/** A signature drawn on the screen by a named signer in a role, over the content hash it signs. */
public record Signature(SignerRole role, String signerName, List<Stroke> strokes, Instant signedAt) {
    public Signature {
        Checks.required("signature.role", role);
        Checks.text("signature.signerName", signerName, Checks.MAX_NAME);
        strokes = Checks.list("signature.strokes", strokes);
        if (strokes.isEmpty()) {
            throw new IllegalArgumentException("signature of " + role + " has no strokes");
        }
        Checks.required("signature.signedAt", signedAt);
    }
}
