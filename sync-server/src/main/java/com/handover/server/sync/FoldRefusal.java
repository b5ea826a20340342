package com.handover.server.sync;

import com.handover.server.store.Dialect;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Tells a fold that would fail the same way each time it is tried (the reducer failing on the unit's operations,
 * the database refusing the rows they fold into) from one that may pass when tried again (a lost connection, a
 * lock, a full disk). Only the first kind sets a unit aside; the second holds the folder until it passes.
 */
final class FoldRefusal {

    /** Longest description of a refusal kept with the unit. */
    static final int MAX_DESCRIPTION = 500;

    private FoldRefusal() {
    }

    /** What refused the fold, when trying the same again would meet it again; empty otherwise. */
    static Optional<String> describe(Throwable failure, Dialect dialect) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return dialect.refusedTheData(sql) ? Optional.of(text(innermost(sql))) : Optional.empty();
            }
        }
        return failure instanceof RuntimeException ? Optional.of(text(failure)) : Optional.empty();
    }

    /** A batch's failure names the statement; the exception chained to it says what refused it. */
    private static SQLException innermost(SQLException e) {
        SQLException last = e;
        while (last.getNextException() != null && last.getNextException() != last) {
            last = last.getNextException();
        }
        return last;
    }

    private static String text(Throwable t) {
        String words = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
        return words.length() <= MAX_DESCRIPTION ? words : words.substring(0, MAX_DESCRIPTION);
    }
}
