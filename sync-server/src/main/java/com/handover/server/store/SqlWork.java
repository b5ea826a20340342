package com.handover.server.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one connection, inside a transaction the {@link Database} opens and ends. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
