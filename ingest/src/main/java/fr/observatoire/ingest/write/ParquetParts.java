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
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A folder of Parquet part files written through DuckDB: rows are appended to an in-memory table which is copied
 * to a new {@code part-NNNNN.parquet} (zstd) every {@code rowsPerPart} rows, then emptied, so memory stays flat.
 * A dataset with no row still gets one empty part, so that readers see its schema.
 */
final class ParquetParts implements AutoCloseable {

    private final Path folder;
    private final long rowsPerPart;
    private final Connection connection;
    private final String copySql;
    private DuckDBAppender appender;
    private long rowsInPart;
    private long rows;
    private int parts;

    ParquetParts(Path folder, String ddl, long rowsPerPart) {
        this.folder = folder;
        this.rowsPerPart = rowsPerPart;
        try {
            Files.createDirectories(folder);
            this.connection = DriverManager.getConnection("jdbc:duckdb:");
            try (Statement statement = connection.createStatement()) {
                statement.execute(resource("create_staged.sql").replace("{columns}", ddl));
            }
            this.copySql = resource("copy_part.sql");
            this.appender = connection.unwrap(DuckDBConnection.class).createAppender("staged");
            this.appender.setWriteInlinedStrings(true);
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot open a Parquet writer for " + folder + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }

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

    /** The appender for the next row: begin it, append every column, end it, then call {@link #rowDone()}. */
    DuckDBAppender appender() {
        return appender;
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

    Path folder() {
        return folder;
    }

    private void copyPart() {
        Path part = folder.resolve(String.format("part-%05d.parquet", parts));
        try {
            appender.flush();
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
                appender.close();
                connection.close();
            } catch (SQLException e) {
                throw new ObservatoryException("Cannot close the Parquet writer for " + folder, e);
            }
        }
    }
}
