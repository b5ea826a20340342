package com.handover.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Which photos operations name, and which of them have arrived (their bytes are checked and kept). */
public interface PhotoCatalog {

    record PhotoReference(String sha256, UUID opId, UUID unitId, UUID projectId) {
    }

    record BlobInfo(String sha256, long size, String contentType, long storedAt) {
    }

    void addReferences(Connection c, List<PhotoReference> refs) throws SQLException;

    /** Names a unit type's floor plan as a photo of its project, so devices of the project may fetch it. */
    void addFloorPlanReference(Connection c, String sha256, UUID unitTypeId, UUID projectId) throws SQLException;

    /** Records that a photo's bytes were checked and kept; nothing happens if it already was. */
    void registerBlob(Connection c, BlobInfo info) throws SQLException;

    Optional<BlobInfo> blob(Connection c, String sha256) throws SQLException;

    boolean referencedInScope(Connection c, String sha256, ScopeFilter scope) throws SQLException;

    /** Photos named by operations in scope whose bytes have not arrived, at most {@code limit}. */
    List<String> missing(Connection c, ScopeFilter scope, int limit) throws SQLException;

    /** How many named photos have not arrived, over everything. */
    long missingCount(Connection c) throws SQLException;
}
