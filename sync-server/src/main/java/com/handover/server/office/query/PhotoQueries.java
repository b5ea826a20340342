package com.handover.server.office.query;

import com.handover.server.store.jdbc.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Which photos' bytes have arrived (so a page shows the picture, or says it is still on the device). */
public final class PhotoQueries {

    private PhotoQueries() {
    }

    public static Set<String> arrived(Connection c, Collection<String> shas) throws SQLException {
        Set<String> out = new HashSet<>();
        for (List<String> chunk : Sql.chunks(new HashSet<>(shas))) {
            out.addAll(Sql.query(c, "SELECT sha256 FROM blobs WHERE sha256 IN (" + Sql.placeholders(chunk.size()) + ")",
                    rs -> rs.getString(1), chunk.toArray()));
        }
        return out;
    }
}
