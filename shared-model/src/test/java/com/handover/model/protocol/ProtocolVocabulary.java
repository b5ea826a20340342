package com.handover.model.protocol;

import com.handover.model.Role;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.OperationType;
import com.handover.model.sync.PushPermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The closed sets of names in protocol v1 that docs/PROTOCOL.md lists; the tests hold the examples to them. */
public final class ProtocolVocabulary {

    /** Every error code of an error body, with its HTTP status. */
    public static final Map<String, Integer> ERROR_STATUS = Map.ofEntries(
            Map.entry("MALFORMED_JSON", 400),
            Map.entry("VALIDATION", 400),
            Map.entry("UNSUPPORTED_PROTOCOL_VERSION", 400),
            Map.entry("UNAUTHENTICATED", 401),
            Map.entry("TOKEN_EXPIRED", 401),
            Map.entry("TOKEN_REVOKED", 401),
            Map.entry("FORBIDDEN", 403),
            Map.entry("NOT_FOUND", 404),
            Map.entry("METHOD_NOT_ALLOWED", 405),
            Map.entry("PAYLOAD_TOO_LARGE", 413),
            Map.entry("BATCH_TOO_LARGE", 413),
            Map.entry("UNSUPPORTED_MEDIA_TYPE", 415),
            Map.entry("RANGE_NOT_SATISFIABLE", 416),
            Map.entry("HASH_MISMATCH", 422),
            Map.entry("RATE_LIMITED", 429),
            Map.entry("INTERNAL", 500));

    /** The per-operation result statuses of a push. */
    public static final Set<String> PUSH_STATUSES = Set.of("ACCEPTED", "DUPLICATE", "REJECTED");

    /** The codes of a REJECTED push result. */
    public static final Set<String> REJECT_CODES = Set.of("INVALID", "UNKNOWN_TYPE", "OUT_OF_SCOPE", "FORBIDDEN_ROLE",
            "ID_REUSED", "UNKNOWN_ENTITY", "DEVICE_MISMATCH");

    private ProtocolVocabulary() {
    }

    /**
     * The roles whose users may push operations of {@code type}: office and admin everything; inspectors
     * inspections, defects but voiding, and new work orders; maintenance work orders but voiding and settling,
     * and the repair of defects.
     */
    public static Set<Role> rolesAllowedToPush(OperationType type) {
        return PushPermissions.rolesAllowedToPush(type);
    }
}
