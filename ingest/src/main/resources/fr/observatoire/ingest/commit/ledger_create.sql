-- Same columns and order as fr.observatoire.lake.LedgerColumns.FILE_COLUMNS.
CREATE TEMP TABLE ledger (
    batch_id VARCHAR,
    source_group VARCHAR,
    contributor VARCHAR,
    file_name VARCHAR,
    file_sha256 VARCHAR,
    rows_read BIGINT,
    rows_accepted BIGINT,
    rows_rejected BIGINT,
    redactions BIGINT,
    superseded BIGINT,
    status VARCHAR,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    message VARCHAR
)
