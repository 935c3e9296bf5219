package fr.observatoire.ingest.write;

import fr.observatoire.error.ObservatoryException;
import fr.observatoire.ingest.validate.Observation;
import fr.observatoire.lake.ObservationColumns;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.duckdb.DuckDBAppender;

/**
 * Writes valid observations to a folder of Parquet files whose columns are exactly
 * {@link ObservationColumns#FILE_COLUMNS}, in that order and with those types. Bounded values (vocabulary codes,
 * territories, file names) are appended as dictionary indexes and joined back when each part is copied out, which
 * makes the writer several times faster than appending every string. Not thread-safe: one writer thread.
 */
public final class ObservationSink implements AutoCloseable {

    /** Rows per part file: bounds the native memory DuckDB holds, whatever the batch size. */
    public static final long DEFAULT_ROWS_PER_PART = 500_000;

    private final ParquetParts parts;
    private final Map<String, Integer> terms = new HashMap<>();
    private final Map<String, Integer> territories = new HashMap<>();

    public ObservationSink(Path folder) {
        this(folder, DEFAULT_ROWS_PER_PART);
    }

    public ObservationSink(Path folder, long rowsPerPart) {
        this.parts = new ParquetParts(folder, ParquetParts.resource("create_observations.sql"),
                ParquetParts.resource("copy_observations.sql"), rowsPerPart);
    }

    public void write(Observation o) {
        try {
            int group = term(o.sourceGroup());
            int territory = territory(o);
            int publicCode = term(o.publicCode());
            int domain = term(o.needDomain());
            int kind = term(o.kind());
            int file = term(o.sourceFile());
            DuckDBAppender a = parts.staged();
            a.beginRow();
            a.append(o.observationId());
            a.append(group);
            text(a, o.contributor());
            a.appendEpochDays((int) o.observedOn().toEpochDay());
            a.append(o.period());
            a.append(territory);
            a.append(publicCode);
            a.append(domain);
            a.append(kind);
            number(a, o.persons());
            number(a, o.severity());
            number(a, o.waitingDays());
            text(a, o.text());
            text(a, o.formVersion());
            a.append(o.redactions());
            a.append(file);
            a.append(o.sourceLine());
            timestamp(a, o.ingestedAt());
            a.endRow();
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot append observation " + o.observationId() + " ("
                    + o.sourceFile() + " line " + o.sourceLine() + "): " + e.getMessage(), e);
        }
        parts.rowDone();
    }

    private int term(String value) throws SQLException {
        Integer index = terms.get(value);
        if (index == null) {
            index = terms.size();
            terms.put(value, index);
            DuckDBAppender a = parts.appender("dim_term");
            a.beginRow();
            a.append(index.intValue());
            a.append(value);
            a.endRow();
        }
        return index;
    }

    private int territory(Observation o) throws SQLException {
        String key = o.communeCode() != null ? o.communeCode() : "d:" + o.departementCode();
        Integer index = territories.get(key);
        if (index == null) {
            index = territories.size();
            territories.put(key, index);
            DuckDBAppender a = parts.appender("dim_territory");
            a.beginRow();
            a.append(index.intValue());
            text(a, o.communeCode());
            text(a, o.epciCode());
            text(a, o.departementCode());
            text(a, o.regionCode());
            a.append(o.territoryPrecision());
            a.endRow();
        }
        return index;
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
