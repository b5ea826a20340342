package com.handover.server.store;

import com.handover.model.sync.Operation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every accepted operation, in one total order of positions. Positions are handed out while the log head is
 * locked ({@link #lockHead}) and the lock is held until commit, so they become visible in order.
 */
public interface OperationLog {

    /** An operation as stored: its position and its canonical wire form. */
    record StoredOperation(long position, UUID id, UUID unitId, String json) {
    }

    /** An operation as a page of the log holds it: its position and its canonical wire form, copied as stored. */
    record PagedOperation(long position, String json) {
    }

    /** An operation to append, with where it belongs (for scope). */
    record Append(long position, Operation op, String json, UUID unitId, UUID projectId) {
    }

    /** An operation as stored, with its unit and project. */
    record LocatedOperation(long position, UUID unitId, UUID projectId, String json) {
    }

    /** Locks the head until the transaction ends and returns the last position given out. */
    long lockHead(Connection c) throws SQLException;

    void setHead(Connection c, long lastPosition) throws SQLException;

    /** The last position of a committed transaction (read without locking). */
    long committedHead(Connection c) throws SQLException;

    Map<UUID, StoredOperation> findByIds(Connection c, Collection<UUID> ids) throws SQLException;

    void append(Connection c, List<Append> ops, long receivedAt) throws SQLException;

    /** Operations in scope with {@code after < position <= upTo}, in position order, at most {@code limit}. */
    List<PagedOperation> page(Connection c, long after, long upTo, int limit, ScopeFilter scope) throws SQLException;

    /** Every operation with {@code after < position <= upTo}, in position order. */
    List<LocatedOperation> range(Connection c, long after, long upTo) throws SQLException;

    /** All operations on records of the given units, in position order. */
    List<StoredOperation> ofUnits(Connection c, Collection<UUID> unitIds) throws SQLException;

    /** The last position on the unit's records below {@code before}, or 0 when there is none. */
    long lastPositionOfUnit(Connection c, UUID unitId, long before) throws SQLException;

    /** Units that have operations, in id order, after {@code afterUnit} (null: from the start). */
    List<UUID> unitsWithOperations(Connection c, UUID afterUnit, int limit) throws SQLException;

    long count(Connection c) throws SQLException;
}
