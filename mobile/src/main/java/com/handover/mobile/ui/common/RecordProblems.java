package com.handover.mobile.ui.common;

import com.handover.mobile.i18n.UserMessage;
import com.handover.mobile.replica.Replica;
import com.handover.mobile.store.RejectedOperation;
import com.handover.model.sync.Conflict;
import com.handover.model.sync.EntityKind;
import com.handover.model.sync.OpOutcome;
import com.handover.model.sync.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a person should know about one record: own operations the server refused (with its reason), operations a
 * rule of the shared reducer refused (a sentence per rule), findings outside a signed record, and conflicts.
 */
public final class RecordProblems {

    /** Push reject codes of protocol v1 that have their own sentence; others are shown with their code. */
    static final Set<String> KNOWN_REJECT_CODES = Set.of("INVALID", "UNKNOWN_TYPE", "OUT_OF_SCOPE",
            "FORBIDDEN_ROLE", "ID_REUSED", "UNKNOWN_ENTITY", "DEVICE_MISMATCH");

    private RecordProblems() {
    }

    public static List<RecordProblem> of(Replica replica, EntityKind kind, UUID id, People people) {
        List<RecordProblem> out = new ArrayList<>();
        for (RejectedOperation r : replica.rejectedOperations()) {
            if (r.operation().entity().equals(id)) {
                out.add(new RecordProblem(r.operation().field(), UserMessage.of("problem.rejectedByServer",
                        OperationValues.label(r.operation()), rejectReason(r.code()),
                        r.message() == null || r.message().isBlank() ? ""
                                : UserMessage.of("problem.serverSaid", r.message()))));
            }
        }
        replica.read(s -> {
            for (Conflict c : s.conflictsOf(kind, id)) {
                FieldConflict.of(s, c).ifPresent(fc -> out.add(new RecordProblem(c.field(), fc.message(people))));
            }
            for (Operation op : s.operationsOf(kind, id)) {
                OpOutcome outcome = s.outcome(op.id());
                if (outcome == null) {
                    continue;
                }
                if (outcome.kind() == OpOutcome.Kind.REJECTED_BY_RULE) {
                    out.add(new RecordProblem(op.field(), UserMessage.of("problem.rejectedByRule",
                            OperationValues.label(op), people.name(op.actor()), UserMessage.of("rule." + outcome.rule()))));
                } else if (outcome.kind() == OpOutcome.Kind.OUTSIDE_SIGNED_RECORD) {
                    out.add(new RecordProblem(op.field(), UserMessage.of("problem.outsideSigned",
                            OperationValues.label(op), people.name(op.actor()))));
                }
            }
            return null;
        });
        return out;
    }

    public static UserMessage rejectReason(String code) {
        return code != null && KNOWN_REJECT_CODES.contains(code) ? UserMessage.of("reject." + code)
                : UserMessage.of("reject.other", code == null ? "?" : code);
    }
}
