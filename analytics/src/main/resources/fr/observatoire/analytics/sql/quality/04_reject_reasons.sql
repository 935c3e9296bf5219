-- Per batch and reason (reject code and field): rejected rows (a row with two violations of one code counts once)
-- and their share of the rows the batch read, from the ledger.
WITH rejected AS (
    SELECT DISTINCT batch_id, source_group, contributor, code, field, source_file, source_line
    FROM rejects
), reasons AS (
    SELECT batch_id, MAX(source_group) AS source_group, MAX(contributor) AS contributor, code, field,
           CAST(COUNT(*) AS BIGINT) AS rejected_rows
    FROM rejected
    GROUP BY batch_id, code, field
)
SELECT r.batch_id,
       COALESCE(l.source_group, r.source_group) AS source_group,
       COALESCE(l.contributor, r.contributor) AS contributor,
       r.code,
       r.field,
       r.rejected_rows,
       l.rows_read,
       CASE WHEN l.rows_read > 0 THEN CAST(r.rejected_rows AS DOUBLE) / CAST(l.rows_read AS DOUBLE) END AS reject_rate
FROM reasons r
LEFT JOIN quality_ledger l ON l.batch_id = r.batch_id
ORDER BY r.batch_id, r.code, r.field
