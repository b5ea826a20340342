package com.handover.server.store.jdbc;

import com.handover.server.store.Dialect;
import com.handover.server.store.PhotoCatalog;
import com.handover.server.store.ScopeFilter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class JdbcPhotoCatalog implements PhotoCatalog {

    private final Dialect dialect;

    public JdbcPhotoCatalog(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void addReferences(Connection c, List<PhotoReference> refs) throws SQLException {
        if (refs.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(dialect.insertIgnore("photo_refs",
                "sha256, op_id, unit_id, project_id", "?, ?, ?, ?", "sha256, op_id"))) {
            for (PhotoReference r : refs) {
                Sql.bind(ps, r.sha256(), r.opId(), r.unitId(), r.projectId());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public void registerBlob(Connection c, BlobInfo info) throws SQLException {
        Sql.update(c, dialect.insertIgnore("blobs", "sha256, size, content_type, stored_at", "?, ?, ?, ?", "sha256"),
                info.sha256(), info.size(), info.contentType(), info.storedAt());
    }

    @Override
    public Optional<BlobInfo> blob(Connection c, String sha256) throws SQLException {
        return Sql.queryOne(c, "SELECT sha256, size, content_type, stored_at FROM blobs WHERE sha256 = ?",
                rs -> new BlobInfo(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4)), sha256);
    }

    @Override
    public boolean referencedInScope(Connection c, String sha256, ScopeFilter scope) throws SQLException {
        ScopeSql.Condition cond = ScopeSql.forUnits(scope);
        List<Object> params = new ArrayList<>();
        params.add(sha256);
        params.addAll(cond.params());
        return Sql.count(c, "SELECT COUNT(*) FROM photo_refs WHERE sha256 = ? AND " + cond.sql(), params.toArray()) > 0;
    }

    @Override
    public List<String> missing(Connection c, ScopeFilter scope, int limit) throws SQLException {
        ScopeSql.Condition cond = ScopeSql.forUnits(scope);
        List<Object> params = new ArrayList<>(cond.params());
        params.add(limit);
        return Sql.query(c, "SELECT DISTINCT sha256 FROM photo_refs r WHERE " + cond.sql()
                + " AND NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = r.sha256) ORDER BY sha256 LIMIT ?",
                rs -> rs.getString(1), params.toArray());
    }

    @Override
    public long missingCount(Connection c) throws SQLException {
        return Sql.count(c, "SELECT COUNT(DISTINCT sha256) FROM photo_refs r"
                + " WHERE NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = r.sha256)");
    }

    @Override
    public void addFloorPlanReference(Connection c, String sha256, UUID unitTypeId, UUID projectId)
            throws SQLException {
        Sql.update(c, dialect.insertIgnore("photo_refs", "sha256, op_id, unit_id, project_id", "?, ?, ?, ?",
                "sha256, op_id"), sha256, "floor-plan:" + unitTypeId, unitTypeId, projectId);
    }
}
