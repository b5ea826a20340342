package com.handover.server.sync;

import com.handover.model.json.OperationCodec;
import com.handover.model.sync.Operation;
import com.handover.model.sync.Reducer;
import com.handover.model.sync.ReplicaState;
import com.handover.server.store.Database;
import com.handover.server.store.Dialect;
import com.handover.server.store.OperationLog;
import com.handover.server.store.SiteStore;
import com.handover.server.store.StateStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the state tables equal to the shared reducer's fold of the log, a unit at a time: a unit's records
 * (inspections and their defects, work orders, complaints) fold together, so a unit is the smallest piece whose
 * fold does not depend on anything else. New operations ({@link StateFolder} hands them over, a run of positions
 * at a time) are folded onto the unit's fold held in memory ({@link UnitFolds}) when that fold includes everything
 * the log had on the unit before, and only the records they touched are rewritten; otherwise the unit is folded
 * again from all its stored operations.
 * <p>
 * Each unit folds under a savepoint of its own. A unit whose fold the reducer or the database refuses, as it would
 * each time it is tried ({@link FoldRefusal}), is set aside: its state rows stay as they were, its later operations
 * wait in the log unfolded, and every other unit goes on.
 */
public final class StateMaterializer {

    /** Units re-folded per transaction when the whole log is rebuilt. */
    static final int REBUILD_UNITS_PER_TRANSACTION = 200;

    /** Folds a transaction wrote, to keep once it has committed. */
    public record Written(Map<UUID, UnitFolds.Fold> folds) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(StateMaterializer.class);

    private final OperationLog log;
    private final SiteStore sites;
    private final StateStore state;
    private final Dialect dialect;
    private final Clock clock;
    private final UnitFolds cache = new UnitFolds(UnitFolds.MAX_OPERATIONS);
    private final OperationCodec codec = new OperationCodec();

    public StateMaterializer(OperationLog log, SiteStore sites, StateStore state, Dialect dialect, Clock clock) {
        this.log = log;
        this.sites = sites;
        this.state = state;
        this.dialect = dialect;
        this.clock = clock;
    }

    /**
     * Folds appended operations (in position order, inside the caller's transaction) into the state of their
     * units. Call {@link #committed} with the result after the transaction commits.
     */
    public Written foldAppended(Connection c, List<OperationLog.Append> appended) throws SQLException {
        Map<UUID, UnitFolds.Fold> written = new HashMap<>();
        Map<UUID, List<OperationLog.Append>> byUnit = new LinkedHashMap<>();
        appended.forEach(a -> byUnit.computeIfAbsent(a.unitId(), k -> new ArrayList<>()).add(a));
        Set<UUID> setAside = state.unitIdsSetAside(c);
        for (var e : byUnit.entrySet()) {
            List<OperationLog.Append> fresh = e.getValue();
            UUID unit = e.getKey();
            long first = fresh.get(0).position();
            if (setAside.contains(unit)) {
                cache.take(unit);
                continue; // its operations wait in the log until the unit folds again
            }
            Savepoint beforeUnit = c.setSavepoint();
            try {
                written.put(unit, foldUnit(c, unit, fresh));
                c.releaseSavepoint(beforeUnit);
            } catch (SQLException | RuntimeException failure) {
                Optional<String> refused = FoldRefusal.describe(failure, dialect);
                if (refused.isEmpty()) {
                    throw failure;
                }
                c.rollback(beforeUnit);
                state.setAside(c, unit, first, refused.get(), clock.millis());
                LOG.error("the state tables could not fold unit {} from log position {} on; it is set aside and"
                        + " folded again when the server starts", unit, first, failure);
            }
        }
        return new Written(written);
    }

    /** Folds a unit's new operations onto its state and writes the records they touched. */
    private UnitFolds.Fold foldUnit(Connection c, UUID unit, List<OperationLog.Append> fresh) throws SQLException {
        long first = fresh.get(0).position();
        long through = fresh.get(fresh.size() - 1).position();
        UnitFolds.Fold held = cache.take(unit);
        long storedBefore = log.lastPositionOfUnit(c, unit, first);
        List<Operation> freshOps = fresh.stream().map(OperationLog.Append::op).toList();
        ReplicaState folded;
        UUID project = fresh.get(0).projectId();
        if (held != null && held.throughPosition() == storedBefore) {
            folded = held.state();
            state.replaceRecords(c, unit, project, Reducer.apply(folded, freshOps), folded);
        } else {
            // A unit new to the log is folded from the operations in hand instead of reading them back.
            folded = Reducer.reduce(storedBefore == 0 ? freshOps : operationsOf(c, unit));
            write(c, unit, project, folded);
        }
        return new UnitFolds.Fold(folded, through);
    }

    /**
     * Folds every unit set aside again from its whole log, each in a transaction of its own, and lets go of those
     * that fold now (after an update of the server that mends what refused them).
     */
    public void retrySetAside(Database db) {
        for (StateStore.UnitSetAside unit : db.read(state::unitsSetAside)) {
            try {
                db.write(c -> {
                    // Holding the fold mark keeps another node's folder from passing over an operation of the unit,
                    // still set aside for it, that this fold does not see.
                    state.lockFoldedThrough(c);
                    refold(c, List.of(unit.unitId()));
                    state.clearSetAside(c, unit.unitId());
                    return null;
                });
                LOG.info("unit {}, set aside since log position {}, folds again", unit.unitId(),
                        unit.firstPosition());
            } catch (RuntimeException failure) {
                if (FoldRefusal.describe(failure, dialect).isEmpty()) {
                    throw failure;
                }
                LOG.warn("unit {} still cannot be folded; it stays set aside", unit.unitId(), failure);
            }
        }
    }

    /** The transaction that wrote these folds committed: keep them for the next operations on the same units. */
    public void committed(Written written) {
        written.folds().forEach(cache::put);
    }

    /** Re-folds the given units from all their stored operations, inside the caller's transaction. */
    public void refold(Connection c, Collection<UUID> unitIds) throws SQLException {
        if (unitIds.isEmpty()) {
            return;
        }
        Map<UUID, UUID> projectByUnit = new HashMap<>();
        sites.locateUnits(c, unitIds).forEach((unit, loc) -> projectByUnit.put(unit, loc.projectId()));
        for (UUID unit : unitIds) {
            cache.take(unit);
            UUID project = projectByUnit.get(unit);
            if (project != null) {
                write(c, unit, project, Reducer.reduce(operationsOf(c, unit)));
            }
        }
    }

    /** Re-folds every unit that has operations, a slice of units per transaction. */
    public int rebuildAll(Database db) {
        int units = 0;
        UUID after = null;
        while (true) {
            UUID from = after;
            List<UUID> slice = db.read(c -> log.unitsWithOperations(c, from, REBUILD_UNITS_PER_TRANSACTION));
            if (slice.isEmpty()) {
                return units;
            }
            db.write(c -> {
                refold(c, slice);
                return null;
            });
            units += slice.size();
            after = slice.get(slice.size() - 1);
        }
    }

    private List<Operation> operationsOf(Connection c, UUID unit) throws SQLException {
        List<Operation> ops = new ArrayList<>();
        for (OperationLog.StoredOperation stored : log.ofUnits(c, List.of(unit))) {
            ops.add(codec.fromJson(stored.json()));
        }
        return ops;
    }

    private void write(Connection c, UUID unit, UUID project, ReplicaState folded) throws SQLException {
        List<StateStore.LocatedOperation> located = new ArrayList<>(folded.operationCount());
        folded.operations().forEach(op -> located.add(new StateStore.LocatedOperation(op, unit)));
        state.replaceUnits(c, Map.of(unit, project), folded.snapshot(), located);
    }
}
