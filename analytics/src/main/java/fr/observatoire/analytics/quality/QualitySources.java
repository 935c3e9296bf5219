package fr.observatoire.analytics.quality;

import fr.observatoire.analytics.engine.ParquetSource;
import fr.observatoire.analytics.engine.SqlType;
import fr.observatoire.analytics.engine.TableSchema;
import fr.observatoire.lake.Lake;
import fr.observatoire.lake.LedgerColumns;
import fr.observatoire.lake.RejectColumns;
import java.nio.file.Path;

/**
 * The datasets the quality job reads besides the observations, with the columns it uses: the ledger, the rejects
 * (batch_id from the partition folder) and the optional reference list of expected contributors.
 */
public final class QualitySources {

    private QualitySources() {
    }

    /** Folder of the optional expected-contributors table, under {@code <lake>/reference/}. */
    public static final String CONTRIBUTORS_TABLE = "contributors";

    public static final TableSchema LEDGER = TableSchema.of(
            LedgerColumns.BATCH_ID, SqlType.STRING, LedgerColumns.SOURCE_GROUP, SqlType.STRING,
            LedgerColumns.CONTRIBUTOR, SqlType.STRING, LedgerColumns.ROWS_READ, SqlType.BIGINT,
            LedgerColumns.ROWS_ACCEPTED, SqlType.BIGINT, LedgerColumns.ROWS_REJECTED, SqlType.BIGINT,
            LedgerColumns.STATUS, SqlType.STRING, LedgerColumns.STARTED_AT, SqlType.TIMESTAMP,
            LedgerColumns.FINISHED_AT, SqlType.TIMESTAMP);

    public static final TableSchema REJECTS = TableSchema.of(
            RejectColumns.SOURCE_FILE, SqlType.STRING, RejectColumns.SOURCE_LINE, SqlType.BIGINT,
            RejectColumns.FIELD, SqlType.STRING, RejectColumns.CODE, SqlType.STRING,
            RejectColumns.SOURCE_GROUP, SqlType.STRING, RejectColumns.CONTRIBUTOR, SqlType.STRING,
            "batch_id", SqlType.STRING);

    /**
     * {@code <lake>/reference/contributors/*.parquet}: contributor (as in the observations), source_group,
     * territory (a COG code the contributor covers, informative), expected_frequency (mensuelle, trimestrielle,
     * semestrielle, annuelle).
     */
    public static final TableSchema CONTRIBUTORS = TableSchema.of(
            "contributor", SqlType.STRING, "source_group", SqlType.STRING, "territory", SqlType.STRING,
            "expected_frequency", SqlType.STRING);

    /** The ledger as the view {@code ledger}; optional (a lake written without ledger still gets its quality). */
    public static ParquetSource ledger(Lake lake) {
        return new ParquetSource("ledger", lake.ledger(), LEDGER, false);
    }

    public static ParquetSource rejects(Lake lake) {
        return new ParquetSource("rejects", lake.rejects(), REJECTS, false);
    }

    public static ParquetSource contributors(Lake lake) {
        return new ParquetSource("ref_contributors", contributorsFolder(lake), CONTRIBUTORS, false);
    }

    public static Path contributorsFolder(Lake lake) {
        return lake.reference().resolve(CONTRIBUTORS_TABLE);
    }
}
