package fr.observatoire.ingest.write;

import fr.observatoire.error.ObservatoryException;
import fr.observatoire.lake.Sql;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A folder of Parquet part files written through DuckDB's appender (used for rejects, which are few): rows are
 * appended to an in-memory table {@code staged} which is copied to a new {@code part-NNNNN.parquet} every
 * {@code rowsPerPart} rows, then emptied, so memory stays flat. A dataset with no row still gets one empty part, so
 * that readers see its schema.
 */
final class ParquetParts implements AutoCloseable {

    private final Path folder;
    private final long rowsPerPart;
    private final Connection connection;
    private final String copySql;
    private final Map<String, DuckDBAppender> appenders = new LinkedHashMap<>();
    private final DuckDBAppender staged;
    private long rowsInPart;
    private long rows;
    private int parts;

    /** {@code createSql}: statements separated by {@code ;} creating {@code staged}; {@code copySql}: with {@code {path}}. */
    ParquetParts(Path folder, String createSql, String copySql, long rowsPerPart) {
        this.folder = folder;
        this.rowsPerPart = rowsPerPart;
        this.copySql = copySql;
        try {
            Files.createDirectories(folder);
            this.connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = connection.createStatement()) {
                for (String sql : createSql.split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
            }
            this.staged = appender("staged");
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot open a Parquet writer for " + folder + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }

    /** A SQL resource of this package, comment lines removed. */
    static String resource(String name) {
        try (InputStream in = ParquetParts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing SQL resource " + name);
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return sql.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SQL resource " + name, e);
        }
    }

    /** The appender of a table created by the create script (one per table, flushed before each part is copied). */
    DuckDBAppender appender(String table) throws SQLException {
        DuckDBAppender appender = appenders.get(table);
        if (appender == null) {
            appender = connection.unwrap(DuckDBConnection.class).createAppender(table);
            appender.setWriteInlinedStrings(true);
            appenders.put(table, appender);
        }
        return appender;
    }

    /** The appender of {@code staged}: begin a row, append every column, end it, then call {@link #rowDone()}. */
    DuckDBAppender staged() {
        return staged;
    }

    void rowDone() {
        rows++;
        if (++rowsInPart >= rowsPerPart) {
            copyPart();
        }
    }

    long rows() {
        return rows;
    }

    private void copyPart() {
        Path part = folder.resolve(String.format("part-%05d.parquet", parts));
        try {
            for (DuckDBAppender appender : appenders.values()) {
                appender.flush();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(copySql.replace("{path}", Sql.literal(part)));
                statement.execute("DELETE FROM staged");
            }
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot write " + part + ": " + e.getMessage(), e);
        }
        parts++;
        rowsInPart = 0;
    }

    @Override
    public void close() {
        try {
            if (rowsInPart > 0 || parts == 0) {
                copyPart();
            }
        } finally {
            try {
                for (DuckDBAppender appender : appenders.values()) {
                    appender.close();
                }
                connection.close();
            } catch (SQLException e) {
                throw new ObservatoryException("Cannot close the Parquet writer for " + folder, e);
            }
        }
    }
}
