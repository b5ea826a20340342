package com.handover.systemtest.verify;

import com.handover.server.config.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;

/**
 * A look behind the server's HTTP surface, straight into its database (the SQLite file of an embedded node, or a
 * PostgreSQL database) and its photo folder: counts, and a hash of everything stored.
 */
public final class ServerDatabase {

    private final Path sqliteFile;
    private final Path blobFolder;
    private final ServerConfig.PostgresSettings postgres;

    private ServerDatabase(Path sqliteFile, Path blobFolder, ServerConfig.PostgresSettings postgres) {
        this.sqliteFile = sqliteFile;
        this.blobFolder = blobFolder;
        this.postgres = postgres;
    }

    /** The embedded database and photo folder of a node with this data folder. */
    public static ServerDatabase sqlite(Path dataDir) {
        return new ServerDatabase(dataDir.resolve("handover.db"), dataDir.resolve("blobs"), null);
    }

    public static ServerDatabase postgres(ServerConfig.PostgresSettings pg) {
        return new ServerDatabase(null, null, pg);
    }

    public Connection connect() throws SQLException {
        if (postgres != null) {
            Connection c = DriverManager.getConnection(postgres.jdbcUrl(), postgres.user(), postgres.password());
            if (postgres.schema() != null) {
                c.setSchema(postgres.schema());
            }
            return c;
        }
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setReadOnly(true);
        cfg.setBusyTimeout(30_000);
        return DriverManager.getConnection("jdbc:sqlite:" + sqliteFile.toAbsolutePath(), cfg.toProperties());
    }

    /** A writable connection, for tests that tamper with what is stored. */
    public Connection connectForWriting() throws SQLException {
        if (postgres != null) {
            return connect();
        }
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(30_000);
        return DriverManager.getConnection("jdbc:sqlite:" + sqliteFile.toAbsolutePath(), cfg.toProperties());
    }

    public long count(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public List<String> strings(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public List<String> tables() {
        return postgres != null
                ? strings("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                        + " AND table_type = 'BASE TABLE' ORDER BY table_name")
                : strings("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
    }

    /** Every row of every table as text, tables by name and rows in a fixed order, minus the exclusions. */
    public String dump(Set<String> skipTables, Map<String, Set<String>> skipColumns) {
        StringBuilder out = new StringBuilder();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String table : tables()) {
                if (!skipTables.contains(table)) {
                    dumpTable(s, table, skipColumns.getOrDefault(table, Set.of()), out);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not dump the server database", e);
        }
        if (blobFolder != null && Files.isDirectory(blobFolder)) {
            out.append("## blob files\n");
            try (Stream<Path> files = Files.walk(blobFolder)) {
                for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.append(blobFolder.relativize(p)).append(' ').append(sha256(Files.readAllBytes(p))).append('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out.toString();
    }

    /** The table's rows, its columns by name and its rows ordered by every column. */
    private static void dumpTable(Statement s, String table, Set<String> skipColumns, StringBuilder out)
            throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            var md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                String col = md.getColumnName(i).toLowerCase(Locale.ROOT);
                if (!skipColumns.contains(col)) {
                    columns.add(col);
                }
            }
        }
        columns.sort(null);
        out.append("## ").append(table).append('\n');
        if (columns.isEmpty()) {
            return;
        }
        StringBuilder order = new StringBuilder();
        for (int i = 1; i <= columns.size(); i++) {
            order.append(i == 1 ? "" : ", ").append(i);
        }
        try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table
                + " ORDER BY " + order)) {
            int n = columns.size();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    Object v = rs.getObject(i);
                    out.append(v instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(v))
                            .append(i == n ? '\n' : '\u001f');
                }
            }
        }
    }

    /** SHA-256 of {@link #dump}. */
    public String stateHash(Set<String> skipTables, Map<String, Set<String>> skipColumns) {
        return sha256(dump(skipTables, skipColumns).getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
