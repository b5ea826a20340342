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
import java.util.UUID;

/** What a person should know about one record: own operations the server refused, conflicts, rule rejections. */
public final class RecordProblems {

    private RecordProblems() {
    }

    public static List<UserMessage> of(Replica replica, EntityKind kind, UUID id) {
        List<UserMessage> out = new ArrayList<>();
        for (RejectedOperation r : replica.rejectedOperations()) {
            if (r.operation().entity().equals(id)) {
                out.add(UserMessage.of("problem.rejectedByServer", r.operation().type().wireName(), r.code()));
            }
        }
        replica.read(s -> {
            for (Conflict c : s.conflictsOf(kind, id)) {
                out.add(UserMessage.of("problem.conflict", c.field()));
            }
            for (Operation op : s.operationsOf(kind, id)) {
                OpOutcome outcome = s.outcome(op.id());
                if (outcome == null) {
                    continue;
                }
                if (outcome.kind() == OpOutcome.Kind.REJECTED_BY_RULE) {
                    out.add(UserMessage.of("problem.rejectedByRule", op.type().wireName(), outcome.rule()));
                } else if (outcome.kind() == OpOutcome.Kind.OUTSIDE_SIGNED_RECORD) {
                    out.add(UserMessage.of("problem.outsideSigned", op.type().wireName()));
                }
            }
            return null;
        });
        return out;
    }
}
