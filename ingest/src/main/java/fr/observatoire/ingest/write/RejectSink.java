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
            ObservationSink.text(a, v.field());
            ObservationSink.text(a, v.column());
            a.append(v.code());
            ObservationSink.text(a, v.rawValue());
            a.append(v.message());
            ObservationSink.text(a, rawRecord);
            ObservationSink.text(a, sourceGroup);
            ObservationSink.text(a, contributor);
            ObservationSink.timestamp(a, ingestedAt);
            a.endRow();
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot append the reject of " + v.file() + " line " + v.line() + ": "
                    + e.getMessage(), e);
        }
        parts.rowDone();
    }

    public long rows() {
        return parts.rows();
    }

    @Override
    public void close() {
        parts.close();
    }
}
