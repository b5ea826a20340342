package com.handover.server.store;

import com.handover.model.sync.EntityKey;
import com.handover.model.sync.Operation;
import com.handover.model.sync.ReplicaState;
import com.handover.model.sync.ReplicaSnapshot;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The state the shared reducer folds from the log, in tables the office console queries: inspections,
 * defects, work orders, complaints, conflicts and the operations that did not take effect. It is rebuilt a
 * unit at a time: all records of a unit are replaced together.
 */
public interface StateStore {

    /** How many checklist items an inspection has, or null when its template is unknown here. */
    @FunctionalInterface
    interface ItemCounter {
        /** Reads, where it must, through {@code c}: it is called inside the caller's transaction. */
        Integer itemCount(Connection c, String templateCode, int templateVersion, List<String> rooms)
                throws SQLException;
    }

    /**
     * Replaces everything materialised for {@code units} with {@code snapshot}, the fold of all operations
     * ({@code ops}) on those units' records.
     */
    void replaceUnits(Connection c, Map<UUID, UUID> projectByUnit, ReplicaSnapshot snapshot,
                      Collection<LocatedOperation> ops) throws SQLException;

    /**
     * Replaces what is materialised for some records of one unit (rows, conflicts, outcomes) with their state in
     * {@code folded}, the fold of all the unit's operations; a record absent from it loses its rows.
     */
    void replaceRecords(Connection c, UUID unitId, UUID projectId, Set<EntityKey> records, ReplicaState folded)
            throws SQLException;

    /** An operation and the unit its record belongs to. */
    record LocatedOperation(Operation op, UUID unitId) {
    }

    /** The last log position the state tables have folded, locked until the transaction ends. */
    long lockFoldedThrough(Connection c) throws SQLException;

    /** The last log position the state tables have folded, as committed. */
    long foldedThrough(Connection c) throws SQLException;

    void setFoldedThrough(Connection c, long position) throws SQLException;

    /**
     * A unit whose operations the state tables could not fold, from {@code firstPosition} on: {@code operations} of
     * them in the log now, the first refused with {@code error}.
     */
    record UnitSetAside(UUID unitId, long firstPosition, long operations, String error, long setAsideAtMillis) {
    }

    /** The units set aside, in the order they were, with their operations counted in the log. */
    List<UnitSetAside> unitsSetAside(Connection c) throws SQLException;

    /** The units set aside, and nothing else of them. */
    Set<UUID> unitIdsSetAside(Connection c) throws SQLException;

    /** Sets a unit aside from {@code firstPosition} on (a unit already set aside stays as it was). */
    void setAside(Connection c, UUID unitId, long firstPosition, String error, long atMillis) throws SQLException;

    /** The unit's state rows hold the fold of its whole log again: it is no longer set aside. */
    void clearSetAside(Connection c, UUID unitId) throws SQLException;

    /** The work orders assigned to a maintenance user, with their units. */
    Map<UUID, UUID> workOrdersAssignedTo(Connection c, String username) throws SQLException;
}
