package fr.observatoire.lake;

/**
 * Columns of {@code <lake>/history/superseded_by=<batch>/*.parquet}: the observation rows that a later batch of the
 * same contributor replaced (same observation_id). Every {@link ObservationColumns#FILE_COLUMNS} column, then
 * {@code batch_id} (the batch the row came from, a plain column here) and {@code superseded_at}; the superseding
 * batch is the hive partition {@code superseded_by}.
 */
public final class HistoryColumns {

    private HistoryColumns() {
    }

    public static final String BATCH_ID = "batch_id";             // VARCHAR, the batch the superseded row came from
    public static final String SUPERSEDED_AT = "superseded_at";   // TIMESTAMP (UTC), commit time of the superseding batch
    public static final String SUPERSEDED_BY = "superseded_by";   // VARCHAR, hive partition: the superseding batch
}
