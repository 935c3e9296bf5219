package fr.observatoire.ingest.write;

import fr.observatoire.error.ObservatoryException;
import fr.observatoire.ingest.validate.Observation;
import fr.observatoire.lake.ObservationColumns;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import org.duckdb.DuckDBAppender;

/**
 * Writes valid observations to a folder of Parquet files whose columns are exactly
 * {@link ObservationColumns#FILE_COLUMNS}, in that order and with those types. Not thread-safe: one writer thread.
 */
public final class ObservationSink implements AutoCloseable {

    /** Rows per part file: bounds the native memory DuckDB holds, whatever the batch size. */
    public static final long DEFAULT_ROWS_PER_PART = 500_000;

    private final ParquetParts parts;

    public ObservationSink(Path folder) {
        this(folder, DEFAULT_ROWS_PER_PART);
    }

    public ObservationSink(Path folder, long rowsPerPart) {
        this.parts = new ParquetParts(folder, ObservationColumns.DDL, rowsPerPart);
    }

    public void write(Observation o) {
        try {
            DuckDBAppender a = parts.appender();
            a.beginRow();
            a.append(o.observationId());
            a.append(o.sourceGroup());
            text(a, o.contributor());
            a.appendEpochDays((int) o.observedOn().toEpochDay());
            a.append(o.period());
            text(a, o.communeCode());
            text(a, o.epciCode());
            text(a, o.departementCode());
            text(a, o.regionCode());
            a.append(o.territoryPrecision());
            a.append(o.publicCode());
            a.append(o.needDomain());
            a.append(o.kind());
            number(a, o.persons());
            number(a, o.severity());
            number(a, o.waitingDays());
            text(a, o.text());
            text(a, o.formVersion());
            a.append(o.redactions());
            a.append(o.sourceFile());
            a.append(o.sourceLine());
            timestamp(a, o.ingestedAt());
            a.endRow();
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot append observation " + o.observationId() + " ("
                    + o.sourceFile() + " line " + o.sourceLine() + "): " + e.getMessage(), e);
        }
        parts.rowDone();
    }

    public long rows() {
        return parts.rows();
    }

    static void text(DuckDBAppender a, String value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value);
        }
    }

    static void number(DuckDBAppender a, Integer value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value.intValue());
        }
    }

    static void timestamp(DuckDBAppender a, Instant value) throws SQLException {
        a.appendEpochMicros(Math.addExact(Math.multiplyExact(value.getEpochSecond(), 1_000_000L),
                value.getNano() / 1_000));
    }

    @Override
    public void close() {
        parts.close();
    }
}
