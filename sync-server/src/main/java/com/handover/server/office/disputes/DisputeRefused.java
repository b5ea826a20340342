package com.handover.server.office.disputes;

/** Why a step of a dispute (an objection, a complaint's handling) was not recorded; nothing was written. */
public final class DisputeRefused extends RuntimeException {

    private final String reason;

    /** @param reason the message key that says why */
    public DisputeRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
