package com.handover.server.store;

import com.handover.server.config.ServerConfig;
import com.handover.server.store.jdbc.Sql;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The connection pool, the schema migrations, and transactions. SQLite runs in WAL mode with
 * {@code synchronous=NORMAL}, checkpointed on a thread of its own ({@link WalCheckpointer}); its writers are
 * serialised in the JVM (one process owns the file), so readers never wait and writers never see SQLITE_BUSY.
 * PostgreSQL is shared by several nodes; ordering between them comes from row locks (see
 * {@link Dialect#lockLogHeadSql()}).
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource pool;
    private final Dialect dialect;
    private final ReentrantLock sqliteWriteLock = new ReentrantLock(true);
    /** SQLite only: checkpoints off the commits' path; null on PostgreSQL. */
    private final WalCheckpointer checkpointer;

    private Database(HikariDataSource pool, Dialect dialect) {
        this.pool = pool;
        this.dialect = dialect;
        this.checkpointer = dialect == Dialect.SQLITE ? new WalCheckpointer(pool) : null;
    }

    public static Database open(ServerConfig config) {
        Database db = config.usesPostgres() ? postgres(config.postgres()) : sqlite(config.dataDir());
        db.migrate(config.usesPostgres() ? config.postgres().schema() : null);
        if (db.checkpointer != null) {
            db.checkpointer.start();
        }
        return db;
    }

    private static Database sqlite(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("cannot create the data folder " + dataDir, e);
        }
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl("jdbc:sqlite:" + dataDir.resolve("handover.db").toAbsolutePath());
        hc.addDataSourceProperty("journal_mode", "WAL");
        hc.addDataSourceProperty("synchronous", "NORMAL");
        hc.addDataSourceProperty("foreign_keys", "true");
        hc.addDataSourceProperty("busy_timeout", "30000");
        hc.setConnectionInitSql(WalCheckpointer.CONNECTION_INIT_SQL);
        hc.setMaximumPoolSize(8);
        hc.setPoolName("handover-sqlite");
        return new Database(new HikariDataSource(hc), Dialect.SQLITE);
    }

    private static Database postgres(ServerConfig.PostgresSettings pg) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(pg.jdbcUrl());
        hc.setUsername(pg.user());
        hc.setPassword(pg.password());
        if (pg.schema() != null) {
            hc.setSchema(pg.schema());
        }
        hc.setMaximumPoolSize(pg.poolSize());
        hc.setPoolName("handover-pg");
        return new Database(new HikariDataSource(hc), Dialect.POSTGRES);
    }

    private void migrate(String schema) {
        var flyway = Flyway.configure()
                .dataSource(pool)
                .locations(dialect.migrationLocation())
                .failOnMissingLocations(true);
        if (schema != null) {
            flyway.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        flyway.load().migrate();
    }

    private static final ThreadLocal<Boolean> IN_TRANSACTION = ThreadLocal.withInitial(() -> false);

    public Dialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Runs {@code work} in a read-write transaction: committed if it returns, rolled back if it throws. */
    public <T> T write(SqlWork<T> work) {
        return write(work, () -> { });
    }

    /**
     * As {@link #write(SqlWork)}, then runs {@code committed} once the transaction has committed. On SQLite that is
     * before the next writer begins, so a writer that reads the log's committed head also finds what was handed on
     * with it. It runs outside the transaction and must not open another.
     */
    public <T> T write(SqlWork<T> work, Runnable committed) {
        if (dialect == Dialect.SQLITE) {
            sqliteWriteLock.lock();
            try {
                T result = transaction(work);
                committed.run();
                return result;
            } finally {
                sqliteWriteLock.unlock();
            }
        }
        T result = transaction(work);
        committed.run();
        return result;
    }

    /** Runs {@code work} in a transaction that only reads. */
    /** Asks the database a trivial question; throws when it cannot answer. */
    public void check() {
        read(c -> Sql.count(c, "SELECT 1"));
    }

    public <T> T read(SqlWork<T> work) {
        return transaction(work);
    }

    private <T> T transaction(SqlWork<T> work) {
        // A transaction that opens another would hold one pooled connection while waiting for a second: under
        // load every connection is held that way and the pool deadlocks. Work inside a transaction uses its
        // Connection.
        if (IN_TRANSACTION.get()) {
            throw new IllegalStateException("a transaction was opened inside another; pass the Connection instead");
        }
        IN_TRANSACTION.set(true);
        try {
            return transactionOnThisThread(work);
        } finally {
            IN_TRANSACTION.remove();
        }
    }

    private <T> T transactionOnThisThread(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        if (checkpointer != null) {
            checkpointer.close();
        }
        pool.close();
    }
}
