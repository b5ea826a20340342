package com.handover.server.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The answer to a push: one result per operation, in request order. */
public record PushResult(List<Item> results, String serverHlc) {

    public enum Status { ACCEPTED, DUPLICATE, REJECTED }

    /** Reasons a single operation is refused (protocol v1). */
    public enum RejectCode { INVALID, UNKNOWN_TYPE, OUT_OF_SCOPE, FORBIDDEN_ROLE, ID_REUSED, UNKNOWN_ENTITY, DEVICE_MISMATCH }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(String id, Status status, Long position, RejectCode code, String message) {

        static Item accepted(String id, long position) {
            return new Item(id, Status.ACCEPTED, position, null, null);
        }

        static Item duplicate(String id, long position) {
            return new Item(id, Status.DUPLICATE, position, null, null);
        }

        static Item rejected(String id, RejectCode code, String message) {
            return new Item(id, Status.REJECTED, null, code, message);
        }
    }
}
