package fr.observatoire.reference;

import fr.observatoire.error.ObservatoryException;
import fr.observatoire.lake.Lake;
import fr.observatoire.lake.ReferenceTable;
import fr.observatoire.lake.Sql;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Reference tables written as Parquet into a staging folder of {@code <lake>/_work}, then moved into place together
 * by {@link #commit()}. Each table is one file {@code <lake>/reference/<table>/<table>.parquet}, replaced by an atomic
 * rename: a reader sees the old file or the new one, never a partial file. Nothing is moved before every table of the
 * import has been written, so a failed import leaves the previous reference intact. (The renames themselves are one
 * per table: if the file system failed between two of them, the tables already moved would be the new ones.)
 */
final class StagedTables implements AutoCloseable {

    private final Lake lake;
    private final Path staging;
    private final Map<ReferenceTable, Path> staged = new LinkedHashMap<>();

    StagedTables(Lake lake) {
        this.lake = lake;
        this.staging = lake.work().resolve("reference-import-" + UUID.randomUUID());
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new ObservatoryException("Cannot create the staging folder " + staging + ": " + e.getMessage(), e);
        }
    }

    /** Writes the rows (values in column order: String, Integer, Long, Double, LocalDateTime or null). */
    void stage(ReferenceTable table, List<ReferenceColumns.Column> columns, List<Object[]> rows) {
        Path file = staging.resolve(table.directory() + ".parquet");
        String ddl = String.join(", ", columns.stream().map(c -> c.name() + " " + c.type()).toList());
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE staged (" + ddl + ")");
            try (DuckDBAppender appender = connection.unwrap(DuckDBConnection.class)
                    .createAppender(DuckDBConnection.DEFAULT_SCHEMA, "staged")) {
                for (Object[] row : rows) {
                    appender.beginRow();
                    for (Object value : row) {
                        append(appender, value);
                    }
                    appender.endRow();
                }
            }
            statement.execute("COPY staged TO " + Sql.literal(file) + " (FORMAT parquet, COMPRESSION zstd)");
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot write the reference table " + table.directory() + " to " + file
                    + ": " + e.getMessage(), e);
        }
        staged.put(table, file);
    }

    private static void append(DuckDBAppender appender, Object value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else if (value instanceof String s) {
            appender.append(s);
        } else if (value instanceof Integer i) {
            appender.append(i.intValue());
        } else if (value instanceof Long l) {
            appender.append(l.longValue());
        } else if (value instanceof Double d) {
            appender.append(d.doubleValue());
        } else if (value instanceof LocalDateTime t) {
            appender.append(t);
        } else {
            throw new IllegalArgumentException("Unsupported value type " + value.getClass());
        }
    }

    /** Moves every staged table into place, each by one atomic rename, and removes older files of the table. */
    void commit() {
        for (Map.Entry<ReferenceTable, Path> entry : staged.entrySet()) {
            Path folder = lake.reference(entry.getKey());
            Path target = folder.resolve(entry.getKey().directory() + ".parquet");
            try {
                Files.createDirectories(folder);
                Files.move(entry.getValue(), target, StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
                for (Path stale : otherParquetFiles(folder, target)) {
                    Files.deleteIfExists(stale);
                }
            } catch (IOException e) {
                throw new ObservatoryException("Cannot move the reference table " + entry.getKey().directory()
                        + " into " + folder + ": " + e.getMessage(), e);
            }
        }
        staged.clear();
    }

    private static List<Path> otherParquetFiles(Path folder, Path keep) throws IOException {
        List<Path> others = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.parquet")) {
            for (Path file : files) {
                if (!file.equals(keep)) {
                    others.add(file);
                }
            }
        }
        return others;
    }

    /** Deletes the staging folder and whatever was not committed. */
    @Override
    public void close() {
        if (!Files.exists(staging)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(staging)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new ObservatoryException("Cannot clean the staging folder " + staging + ": " + e.getMessage(), e);
        }
    }
}
