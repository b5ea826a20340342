package com.handover.server.office.verify;

import java.util.List;
import java.util.UUID;

/**
 * What recomputing a signed record's hash from the stored operation log found.
 *
 * @param signedHash      the hash the owner and inspector signed (from the stored sign-off)
 * @param recomputedHash  the hash of the content rebuilt from the stored operations; null when it could not be built
 * @param missing         operations the signature covers that the log no longer holds
 * @param unreadable      covered operations whose stored form can no longer be read
 */
public record RecordCheck(Status status, String signedHash, String recomputedHash, List<UUID> missing,
                          List<UUID> unreadable, long signedAtMillis) {

    public enum Status {
        /** The stored record hashes to what was signed. */
        UNCHANGED,
        /** The stored record no longer hashes to what was signed. */
        CHANGED,
        /** Operations the signature covers are missing from the log. */
        INCOMPLETE,
        /** The inspection has not been signed. */
        NOT_SIGNED
    }

    public RecordCheck {
        missing = List.copyOf(missing);
        unreadable = List.copyOf(unreadable);
    }

    public static RecordCheck notSigned() {
        return new RecordCheck(Status.NOT_SIGNED, null, null, List.of(), List.of(), 0);
    }
}
