package com.handover.mobile.ui.common;

import com.handover.mobile.i18n.UserMessage;
import com.handover.model.sync.Conflict;
import com.handover.model.sync.Operation;
import com.handover.model.sync.ReplicaState;
import java.util.Optional;

/**
 * Two people wrote one field without seeing each other's write: both values and who recorded them. The winner is
 * the value in effect (the later clock, unless a rule refused it); the loser stays in the log for the office.
 */
public record FieldConflict(String field, Operation winner, Operation loser) {

    public static Optional<FieldConflict> of(ReplicaState state, Conflict conflict) {
        Optional<Operation> winner = state.operation(conflict.winner());
        Optional<Operation> loser = state.operation(conflict.loser());
        if (winner.isEmpty() || loser.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FieldConflict(conflict.field(), winner.get(), loser.get()));
    }

    public String winnerActor() {
        return winner.actor();
    }

    public String loserActor() {
        return loser.actor();
    }

    public UserMessage winnerValue() {
        return OperationValues.value(winner);
    }

    public UserMessage loserValue() {
        return OperationValues.value(loser);
    }

    /** "X recorded A, Y recorded B at the same time; A counts" in words. */
    public UserMessage message(People people) {
        return UserMessage.of("problem.conflict", OperationValues.field(winner), people.name(winner.actor()),
                winnerValue(), people.name(loser.actor()), loserValue());
    }
}
