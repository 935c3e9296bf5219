-- The ledger rows in the order they were appended; timestamps as ISO text (UTC).
SELECT batch_id, source_group, contributor, file_name, file_sha256,
       rows_read, rows_accepted, rows_rejected, redactions, superseded, status,
       strftime(started_at, '%Y-%m-%dT%H:%M:%S.%f') AS started_at,
       strftime(finished_at, '%Y-%m-%dT%H:%M:%S.%f') AS finished_at,
       message
FROM read_parquet(${files}, union_by_name = true, hive_partitioning = false)
