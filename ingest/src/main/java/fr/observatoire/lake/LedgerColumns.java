package fr.observatoire.lake;

import java.util.List;

/**
 * Columns of {@code <lake>/ledger}: one row per batch and status change. batch_id, source_group, contributor,
 * file_name, file_sha256, rows_read, rows_accepted, rows_rejected, redactions, superseded, status
 * (committed | rejected | duplicate | failed | erasure), started_at, finished_at, message. A batch of several files
 * joins their names and hashes with {@code |} in file order. An erasure row records what was removed (counts), never
 * the erased content.
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

    /** Column names and types in file order. */
    public static final List<String[]> FILE_COLUMNS = List.of(
            new String[] {BATCH_ID, "VARCHAR"},
            new String[] {SOURCE_GROUP, "VARCHAR"},
            new String[] {CONTRIBUTOR, "VARCHAR"},
            new String[] {FILE_NAME, "VARCHAR"},
            new String[] {FILE_SHA256, "VARCHAR"},
            new String[] {ROWS_READ, "BIGINT"},
            new String[] {ROWS_ACCEPTED, "BIGINT"},
            new String[] {ROWS_REJECTED, "BIGINT"},
            new String[] {REDACTIONS, "BIGINT"},
            new String[] {SUPERSEDED, "BIGINT"},
            new String[] {STATUS, "VARCHAR"},
            new String[] {STARTED_AT, "TIMESTAMP"},
            new String[] {FINISHED_AT, "TIMESTAMP"},
            new String[] {MESSAGE, "VARCHAR"});

    /** {@code name TYPE, ...} for CREATE TABLE. */
    public static final String DDL = String.join(", ",
            FILE_COLUMNS.stream().map(c -> c[0] + " " + c[1]).toList());
}
