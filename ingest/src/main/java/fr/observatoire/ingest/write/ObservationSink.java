package fr.observatoire.ingest.write;

import fr.observatoire.error.ObservatoryException;
import fr.observatoire.ingest.validate.Observation;
import fr.observatoire.lake.ObservationColumns;
import fr.observatoire.lake.Sql;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

/**
 * Writes valid observations to a folder of Parquet part files whose columns are exactly
 * {@link ObservationColumns#FILE_COLUMNS}, in that order and with those types.
 *
 * <p>Rows go first to a plain CSV part beside the folder (encoded straight to UTF-8 bytes, no per-row string),
 * which DuckDB then parses in parallel and copies to {@code part-NNNNN.parquet} every {@code rowsPerPart} rows
 * before deleting it. Measured against DuckDB's JDBC appender, this spends about a third of the CPU per row; memory
 * stays flat because a part never lives in the heap. Not thread-safe: one writer thread.
 */
public final class ObservationSink implements AutoCloseable {

    /** Rows per part file: bounds the size of the temporary CSV and of each Parquet part. */
    public static final long DEFAULT_ROWS_PER_PART = 500_000;

    private final Path folder;
    private final Path csv;
    private final long rowsPerPart;
    private final Connection connection;
    private final String copySql;
    private Utf8Buffer out;
    private long rowsInPart;
    private long rows;
    private int parts;
    private Object lastInstant;
    private String lastInstantText;
    private LocalDate lastDate;
    private String lastDateText;

    public ObservationSink(Path folder) {
        this(folder, DEFAULT_ROWS_PER_PART);
    }

    public ObservationSink(Path folder, long rowsPerPart) {
        this.folder = folder;
        this.rowsPerPart = rowsPerPart;
        this.csv = folder.resolveSibling(folder.getFileName() + ".part.csv");
        String columns = ObservationColumns.FILE_COLUMNS.stream()
                .map(c -> Sql.literal(c[0]) + ": " + Sql.literal(c[1]))
                .collect(Collectors.joining(", ", "{", "}"));
        this.copySql = ParquetParts.resource("copy_observations.sql").replace("{columns}", columns)
                .replace("{csv}", Sql.literal(csv));
        try {
            Files.createDirectories(folder);
            this.connection = DriverManager.getConnection("jdbc:duckdb:");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot open DuckDB to write " + folder + ": " + e.getMessage(), e);
        }
        this.out = open();
    }

    private Utf8Buffer open() {
        try {
            return new Utf8Buffer(Files.newOutputStream(csv), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + csv, e);
        }
    }

    public void write(Observation o) {
        try {
            Utf8Buffer b = out;
            quoted(b, o.observationId()).ascii(',');
            b.text(o.sourceGroup()).ascii(',');
            quoted(b, o.contributor()).ascii(',');
            b.text(date(o.observedOn())).ascii(',');
            quoted(b, o.period()).ascii(',');
            plain(b, o.communeCode()).ascii(',');
            plain(b, o.epciCode()).ascii(',');
            plain(b, o.departementCode()).ascii(',');
            plain(b, o.regionCode()).ascii(',');
            b.text(o.territoryPrecision()).ascii(',');
            b.text(o.publicCode()).ascii(',');
            b.text(o.needDomain()).ascii(',');
            b.text(o.kind()).ascii(',');
            number(b, o.persons()).ascii(',');
            number(b, o.severity()).ascii(',');
            number(b, o.waitingDays()).ascii(',');
            quoted(b, o.text()).ascii(',');
            quoted(b, o.formVersion()).ascii(',');
            b.number(o.redactions()).ascii(',');
            quoted(b, o.sourceFile()).ascii(',');
            b.number(o.sourceLine()).ascii(',');
            b.text(instant(o)).ascii('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + csv, e);
        }
        rows++;
        if (++rowsInPart >= rowsPerPart) {
            copyPart();
            out = open();
        }
    }

    private String date(LocalDate date) {
        if (!date.equals(lastDate)) {
            lastDate = date;
            lastDateText = date.toString();
        }
        return lastDateText;
    }

    private String instant(Observation o) {
        if (o.ingestedAt() != lastInstant) {
            lastInstant = o.ingestedAt();
            lastInstantText = LocalDateTime.ofInstant(o.ingestedAt(), ZoneOffset.UTC).toString().replace('T', ' ');
        }
        return lastInstantText;
    }

    /** A value that may hold anything: quoted, quotes doubled; null as nothing (NULL), "" stays an empty string. */
    private static Utf8Buffer quoted(Utf8Buffer b, String value) throws IOException {
        return value == null ? b : b.quoted(value);
    }

    /** A code (digits and letters only): written as it is; null as nothing. */
    private static Utf8Buffer plain(Utf8Buffer b, String value) throws IOException {
        return value == null ? b : b.text(value);
    }

    private static Utf8Buffer number(Utf8Buffer b, Integer value) throws IOException {
        return value == null ? b : b.number(value.intValue());
    }

    public long rows() {
        return rows;
    }

    private void copyPart() {
        Path part = folder.resolve(String.format("part-%05d.parquet", parts));
        try {
            out.close();
            try (Statement statement = connection.createStatement()) {
                statement.execute(copySql.replace("{path}", Sql.literal(part)));
            }
            Files.delete(csv);
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot write " + part + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + part, e);
        }
        parts++;
        rowsInPart = 0;
    }

    @Override
    public void close() {
        try {
            if (rowsInPart > 0 || parts == 0) {
                copyPart();
            } else {
                out.close();
                Files.deleteIfExists(csv);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + csv, e);
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new ObservatoryException("Cannot close the Parquet writer for " + folder, e);
            }
        }
    }
}
