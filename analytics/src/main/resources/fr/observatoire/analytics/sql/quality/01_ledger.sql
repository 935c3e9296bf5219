-- The latest ledger row of each batch (the ledger keeps one row per batch and status change; erasure rows record
-- removals, not a batch's state).
SELECT batch_id, source_group, contributor, status, rows_read, rows_accepted, rows_rejected, started_at, finished_at
FROM (
    SELECT l.batch_id, l.source_group, l.contributor, l.status, l.rows_read, l.rows_accepted, l.rows_rejected,
           l.started_at, l.finished_at,
           ROW_NUMBER() OVER (PARTITION BY l.batch_id
                              ORDER BY l.finished_at DESC, l.started_at DESC, l.status) AS newest
    FROM ledger l
    WHERE l.status IS NULL OR l.status <> 'erasure'
) ranked
WHERE newest = 1
