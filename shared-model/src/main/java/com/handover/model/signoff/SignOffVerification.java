package com.handover.model.signoff;

import java.util.List;
import java.util.UUID;

/**
 * The result of recomputing a sign-off's hash from the stored record.
 *
 * @param missing covered operations the record no longer holds
 */
public record SignOffVerification(Status status, String signedHash, String recomputedHash, List<UUID> missing) {

    public enum Status {
        /** The record is as it was signed. */
        UNCHANGED,
        /** The recomputed hash differs: something covered by the signature was changed. */
        CHANGED,
        /** Operations the signature covered are missing from the record. */
        INCOMPLETE
    }

    public boolean unchanged() {
        return status == Status.UNCHANGED;
    }
}
