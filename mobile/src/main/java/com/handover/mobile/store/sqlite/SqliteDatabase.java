package com.handover.mobile.store.sqlite;

import com.handover.mobile.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The replica's SQLite file. One connection, used by one thread at a time; every write runs in a transaction.
 * WAL with {@code synchronous=FULL}: a commit that returned survives the app being killed and the battery dying.
 * What the server holds too, or the replica can make again, commits without waiting for the disk
 * ({@link #inRefetchableTransaction}).
 */
public final class SqliteDatabase implements AutoCloseable {

    /** The schema version this code writes; migrations {@code schema-N.sql} bring older files up to it. */
    static final int SCHEMA_VERSION = 6;

    /**
     * Bytes per database page for a new replica (an existing file keeps the size it was made with). A page four
     * times SQLite's default holds four times the rows: a first sync of 150,000 operations writes a quarter of the
     * pages, each with its frame header and checksum in the log, and its commit copies them in larger pieces.
     */
    public static final int PAGE_SIZE = 16 * 1024;

    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    private SqliteDatabase(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static SqliteDatabase open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA page_size=" + PAGE_SIZE);
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=5000");
                // SQLite's scratch data (the undo journal of a statement inside a transaction, sorts) stays in
                // memory. In a file it would be made and deleted in the system's temporary directory, which
                // a phone's app may not write to, once for every operation recorded on 16 KiB pages.
                s.execute("PRAGMA temp_store=MEMORY");
            }
            SqliteDatabase db = new SqliteDatabase(file, c);
            db.migrate();
            return db;
        } catch (SQLException | IOException e) {
            throw new StoreException("could not open the local database " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in one transaction: all of it is stored, or none of it. */
    public <T> T inTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("a write to the local database failed", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} in one transaction whose rows the server holds too (a pulled page, the confirmation of a
     * push) or that the replica makes again from its log (the folds stored after a sync round). It is as atomic as
     * any other, but its commit does not wait for the disk: the battery dying just after it may take the whole
     * transaction back, and the next sync fetches it again. The log keeps its commits in order, so the next commit
     * that waits (an operation recorded) makes this one durable too. Under a rollback journal, where a commit that
     * did not wait could leave the file damaged, it waits as any other.
     */
    public <T> T inRefetchableTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            boolean relaxed = "wal".equals(journalMode()) && synchronous("NORMAL");
            try {
                return inTransaction(work);
            } finally {
                if (relaxed && !synchronous("FULL")) {
                    throw new StoreException("commits could not be made to wait for the disk again", null);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * A transaction that adds many rows at once (a snapshot installed into a new replica, the folds of a whole log
     * stored, a schema change that copies a table), run with a rollback journal instead of the write-ahead log. Pages
     * added past the end of the file are not journalled, so its rows are written once, into the file, where the log
     * would take them and its checkpoint then copy them again. It is as atomic and durable as any other: a
     * transaction cut short is rolled back from the journal when the file is next opened. When the mode cannot be
     * changed (another connection has the file open) it runs in the log.
     */
    public <T> T inBulkTransaction(SqlWork<T> work) {
        lock.lock();
        try {
            boolean journalled = "delete".equals(switchJournal("DELETE"));
            try {
                return inTransaction(work);
            } finally {
                if (journalled) {
                    // Should this fail, commits keep the journal until the next opening goes back to the log.
                    switchJournal("WAL");
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private String journalMode() {
        return pragmaAnswer("journal_mode");
    }

    /** @return whether commits from now on wait for the disk as {@code level} says */
    private boolean synchronous(String level) {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA synchronous=" + level);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** @return the journal mode in effect afterwards, or empty when SQLite refused the change */
    private String switchJournal(String mode) {
        return pragmaAnswer("journal_mode=" + mode);
    }

    /** @return what {@code PRAGMA pragma} answers, in lower case, or empty when SQLite refused it */
    private String pragmaAnswer(String pragma) {
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getString(1).toLowerCase(Locale.ROOT) : "";
        } catch (SQLException e) {
            return "";
        }
    }

    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("a read from the local database failed", e);
        } finally {
            lock.unlock();
        }
    }

    private void migrate() throws SQLException, IOException {
        int version;
        try (Statement s = connection.createStatement(); var rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        for (int next = version + 1; next <= SCHEMA_VERSION; next++) {
            String script = resource("schema-" + next + ".sql");
            int target = next;
            inBulkTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    for (String stmt : stripComments(script).split(";")) {
                        if (!stmt.isBlank()) {
                            s.execute(stmt);
                        }
                    }
                    s.execute("PRAGMA user_version=" + target);
                }
                return null;
            });
        }
    }

    private static String stripComments(String sql) {
        StringBuilder sb = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (!line.strip().startsWith("--")) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SqliteDatabase.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing schema resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("could not close the local database", e);
        } finally {
            lock.unlock();
        }
    }
}
