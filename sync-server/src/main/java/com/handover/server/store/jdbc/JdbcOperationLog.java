package com.handover.server.store.jdbc;

import com.handover.server.store.Dialect;
import com.handover.server.store.OperationLog;
import com.handover.server.store.ScopeFilter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

public final class JdbcOperationLog implements OperationLog {

    private final Dialect dialect;

    public JdbcOperationLog(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public long lockHead(Connection c) throws SQLException {
        return Sql.queryOne(c, dialect.lockLogHeadSql(), rs -> rs.getLong(1))
                .orElseThrow(() -> new SQLException("log_head row is missing"));
    }

    @Override
    public void setHead(Connection c, long lastPosition) throws SQLException {
        Sql.update(c, "UPDATE log_head SET last_position = ? WHERE id = 1", lastPosition);
    }

    @Override
    public long committedHead(Connection c) throws SQLException {
        return Sql.count(c, "SELECT last_position FROM log_head WHERE id = 1");
    }

    @Override
    public Map<UUID, StoredOperation> findByIds(Connection c, Collection<UUID> ids) throws SQLException {
        Map<UUID, StoredOperation> out = new HashMap<>();
        for (List<UUID> chunk : Sql.chunks(ids)) {
            for (StoredOperation op : Sql.query(c, "SELECT position, op_id, unit_id, op_json FROM operations WHERE op_id IN ("
                    + Sql.placeholders(chunk.size()) + ")", rs -> stored(rs), chunk.toArray())) {
                out.put(op.id(), op);
            }
        }
        return out;
    }

    @Override
    public void append(Connection c, List<Append> ops, long receivedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO operations (position, op_id, op_type, entity_kind,"
                + " entity_id, unit_id, project_id, hlc, actor, device_id, op_json, received_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Append a : ops) {
                var op = a.op();
                Sql.bind(ps, a.position(), op.id(), op.type().wireName(), op.entityKind(), op.entity(), a.unitId(),
                        a.projectId(), op.hlc().toString(), op.actor(), op.device(), a.json(), receivedAt);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public List<PagedOperation> page(Connection c, long after, long upTo, int limit, ScopeFilter scope)
            throws SQLException {
        ScopeSql.Condition cond = ScopeSql.forOperations(scope);
        List<Object> params = new ArrayList<>();
        params.add(after);
        params.add(upTo);
        params.addAll(cond.params());
        params.add(limit);
        return Sql.query(c, pageSql(cond), rs -> new PagedOperation(rs.getLong(1), rs.getString(2)),
                params.toArray());
    }

    /** A scope's page of the log: its positions after one and up to another, in log order, at most a limit. */
    static String pageSql(ScopeSql.Condition scope) {
        return "SELECT position, op_json FROM operations WHERE position > ? AND position <= ? AND " + scope.sql()
                + " ORDER BY position LIMIT ?";
    }

    @Override
    public List<LocatedOperation> range(Connection c, long after, long upTo) throws SQLException {
        return Sql.query(c, "SELECT position, unit_id, project_id, op_json FROM operations"
                        + " WHERE position > ? AND position <= ? ORDER BY position",
                rs -> new LocatedOperation(rs.getLong(1), UUID.fromString(rs.getString(2)),
                        UUID.fromString(rs.getString(3)), rs.getString(4)), after, upTo);
    }

    @Override
    public List<StoredOperation> ofUnits(Connection c, Collection<UUID> unitIds) throws SQLException {
        List<StoredOperation> out = new ArrayList<>();
        for (List<UUID> chunk : Sql.chunks(unitIds)) {
            out.addAll(Sql.query(c, "SELECT position, op_id, unit_id, op_json FROM operations WHERE unit_id IN ("
                    + Sql.placeholders(chunk.size()) + ") ORDER BY position", rs -> stored(rs), chunk.toArray()));
        }
        return out;
    }

    @Override
    public long lastPositionOfUnit(Connection c, UUID unitId, long before) throws SQLException {
        return Sql.queryOne(c, "SELECT max(position) FROM operations WHERE unit_id = ? AND position < ?",
                rs -> rs.getLong(1), unitId, before).orElse(0L);
    }

    @Override
    public List<UUID> unitsWithOperations(Connection c, UUID afterUnit, int limit) throws SQLException {
        return Sql.query(c, "SELECT DISTINCT unit_id FROM operations WHERE unit_id > ? ORDER BY unit_id LIMIT ?",
                rs -> UUID.fromString(rs.getString(1)), afterUnit == null ? "" : afterUnit.toString(), limit);
    }

    private static StoredOperation stored(ResultSet rs) throws SQLException {
        return new StoredOperation(rs.getLong(1), UUID.fromString(rs.getString(2)), UUID.fromString(rs.getString(3)),
                rs.getString(4));
    }

    @Override
    public long count(Connection c) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM operations");
    }
}
