package fr.observatoire.ingest.write;

import fr.observatoire.error.ObservatoryException;
import fr.observatoire.ingest.validate.Violation;
import fr.observatoire.lake.RejectColumns;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import org.duckdb.DuckDBAppender;

/** Writes one row per violation to a folder of Parquet files with {@link RejectColumns#FILE_COLUMNS}. */
public final class RejectSink implements AutoCloseable {

    private final ParquetParts parts;

    public RejectSink(Path folder) {
        this(folder, ObservationSink.DEFAULT_ROWS_PER_PART);
    }

    public RejectSink(Path folder, long rowsPerPart) {
        this.parts = new ParquetParts(folder, ParquetParts.resource("create_rejects.sql").replace("{columns}",
                RejectColumns.DDL), ParquetParts.resource("copy_rejects.sql"), rowsPerPart);
    }

    public void write(Violation v, String rawRecord, String sourceGroup, String contributor, Instant ingestedAt) {
        try {
            DuckDBAppender a = parts.staged();
            a.beginRow();
            a.append(v.file());
            a.append(v.line());
            text(a, v.field());
            text(a, v.column());
            a.append(v.code());
            text(a, v.rawValue());
            a.append(v.message());
            text(a, rawRecord);
            text(a, sourceGroup);
            text(a, contributor);
            timestamp(a, ingestedAt);
            a.endRow();
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot append the reject of " + v.file() + " line " + v.line() + ": "
                    + e.getMessage(), e);
        }
        parts.rowDone();
    }

    private static void text(DuckDBAppender a, String value) throws SQLException {
        if (value == null) {
            a.appendNull();
        } else {
            a.append(value);
        }
    }

    private static void timestamp(DuckDBAppender a, Instant value) throws SQLException {
        a.appendEpochMicros(Math.addExact(Math.multiplyExact(value.getEpochSecond(), 1_000_000L),
                value.getNano() / 1_000));
    }

    public long rows() {
        return parts.rows();
    }

    @Override
    public void close() {
        parts.close();
    }
}
