package com.handover.model.signoff;

import com.handover.model.sync.Operation;
import com.handover.model.sync.state.SignOff;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Recomputes a sign-off's content hash from the operations a record holds now, and compares. */
public final class SignOffVerifier {

    private SignOffVerifier() {
    }

    public static SignOffVerification verify(UUID inspectionId, SignOff signOff, Function<UUID, Optional<Operation>> lookup) {
        List<Operation> covered = new ArrayList<>();
        List<UUID> missing = new ArrayList<>();
        for (UUID id : signOff.coveredOperations()) {
            lookup.apply(id).ifPresentOrElse(covered::add, () -> missing.add(id));
        }
        if (!missing.isEmpty()) {
            return new SignOffVerification(SignOffVerification.Status.INCOMPLETE, signOff.contentHash(), null,
                    List.copyOf(missing));
        }
        String recomputed;
        try {
            recomputed = SignOffHasher.hash(inspectionId, covered, signOff.decision());
        } catch (IllegalArgumentException e) {
            return new SignOffVerification(SignOffVerification.Status.CHANGED, signOff.contentHash(), null, List.of());
        }
        var status = recomputed.equals(signOff.contentHash())
                ? SignOffVerification.Status.UNCHANGED : SignOffVerification.Status.CHANGED;
        return new SignOffVerification(status, signOff.contentHash(), recomputed, List.of());
    }
}
