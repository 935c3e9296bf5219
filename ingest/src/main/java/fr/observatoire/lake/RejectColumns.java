package fr.observatoire.lake;

/**
 * Columns of {@code <lake>/rejects/batch_id=<id>/*.parquet}: one row per violation, so a row with three problems
 * has three reject rows sharing {@code source_file} and {@code source_line}. {@code raw_record} keeps the whole
 * input row (as JSON, free text redacted) so that nothing sent is lost and the row can be corrected and re-sent.
 */
public final class RejectColumns {

    private RejectColumns() {
    }

    public static final String SOURCE_FILE = "source_file";   // VARCHAR, file name
    public static final String SOURCE_LINE = "source_line";   // BIGINT, physical line (CSV) or record number
    public static final String FIELD = "field";               // VARCHAR, canonical column name, or null for the row
    public static final String COLUMN = "column_name";        // VARCHAR, the column name as the file spelled it
    public static final String CODE = "code";                 // VARCHAR, e.g. unknown_commune, invalid_date, missing_field
    public static final String RAW_VALUE = "raw_value";       // VARCHAR, the value as read (redacted)
    public static final String MESSAGE = "message";           // VARCHAR, a sentence a person understands
    public static final String RAW_RECORD = "raw_record";     // VARCHAR, JSON object of the whole row (redacted)
    public static final String SOURCE_GROUP = "source_group"; // VARCHAR
    public static final String CONTRIBUTOR = "contributor";   // VARCHAR
    public static final String INGESTED_AT = "ingested_at";   // TIMESTAMP

    /** Column names and types in file order (batch_id excluded: it is the partition). */
    public static final java.util.List<String[]> FILE_COLUMNS = java.util.List.of(
            new String[] {SOURCE_FILE, "VARCHAR"},
            new String[] {SOURCE_LINE, "BIGINT"},
            new String[] {FIELD, "VARCHAR"},
            new String[] {COLUMN, "VARCHAR"},
            new String[] {CODE, "VARCHAR"},
            new String[] {RAW_VALUE, "VARCHAR"},
            new String[] {MESSAGE, "VARCHAR"},
            new String[] {RAW_RECORD, "VARCHAR"},
            new String[] {SOURCE_GROUP, "VARCHAR"},
            new String[] {CONTRIBUTOR, "VARCHAR"},
            new String[] {INGESTED_AT, "TIMESTAMP"});

    /** {@code name TYPE, ...} for CREATE TABLE. */
    public static final String DDL = String.join(", ",
            FILE_COLUMNS.stream().map(c -> c[0] + " " + c[1]).toList());
}
