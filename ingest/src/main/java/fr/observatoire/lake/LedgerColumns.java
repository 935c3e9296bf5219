package fr.observatoire.lake;

/**
 * Columns of {@code <lake>/ledger}: one row per batch and status change. batch_id, source_group, contributor,
 * file_name, file_sha256, rows_read, rows_accepted, rows_rejected, redactions, superseded, status
 * (committed | rejected | duplicate | failed), started_at, finished_at, message.
 */
public final class LedgerColumns {

    private LedgerColumns() {
    }

    public static final String BATCH_ID = "batch_id";
    public static final String SOURCE_GROUP = "source_group";
    public static final String CONTRIBUTOR = "contributor";
    public static final String FILE_NAME = "file_name";
    public static final String FILE_SHA256 = "file_sha256";
    public static final String ROWS_READ = "rows_read";
    public static final String ROWS_ACCEPTED = "rows_accepted";
    public static final String ROWS_REJECTED = "rows_rejected";
    public static final String REDACTIONS = "redactions";
    public static final String SUPERSEDED = "superseded";
    public static final String STATUS = "status";
    public static final String STARTED_AT = "started_at";
    public static final String FINISHED_AT = "finished_at";
    public static final String MESSAGE = "message";
}
