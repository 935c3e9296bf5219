-- Per batch: ledger counts and reject rate, rows now in the lake, duplicates and completeness of optional fields.
-- Rates are shares in [0, 1]; null when their denominator is 0.
WITH observed AS (
    SELECT batch_id,
           MAX(source_group) AS source_group,
           MAX(contributor) AS contributor,
           CAST(COUNT(*) AS BIGINT) AS observations,
           CAST(SUM(duplicate) AS BIGINT) AS duplicates,
           CAST(SUM(has_commune) AS BIGINT) AS with_commune,
           CAST(SUM(has_persons) AS BIGINT) AS with_persons,
           CAST(SUM(has_severity) AS BIGINT) AS with_severity,
           CAST(SUM(has_waiting_days) AS BIGINT) AS with_waiting_days,
           CAST(SUM(has_text) AS BIGINT) AS with_text,
           CAST(SUM(has_form_version) AS BIGINT) AS with_form_version
    FROM quality_rows
    GROUP BY batch_id
), batches AS (
    SELECT batch_id FROM quality_ledger
    UNION
    SELECT batch_id FROM observed
)
SELECT b.batch_id,
       COALESCE(l.source_group, o.source_group) AS source_group,
       COALESCE(l.contributor, o.contributor) AS contributor,
       l.status,
       l.finished_at,
       l.rows_read,
       l.rows_accepted,
       l.rows_rejected,
       CASE WHEN l.rows_read > 0 THEN CAST(l.rows_rejected AS DOUBLE) / CAST(l.rows_read AS DOUBLE) END AS reject_rate,
       COALESCE(o.observations, CAST(0 AS BIGINT)) AS observations,
       COALESCE(o.duplicates, CAST(0 AS BIGINT)) AS duplicates,
       CAST(o.duplicates AS DOUBLE) / CAST(o.observations AS DOUBLE) AS duplicate_rate,
       CAST(o.with_commune AS DOUBLE) / CAST(o.observations AS DOUBLE) AS completeness_commune,
       CAST(o.with_persons AS DOUBLE) / CAST(o.observations AS DOUBLE) AS completeness_persons,
       CAST(o.with_severity AS DOUBLE) / CAST(o.observations AS DOUBLE) AS completeness_severity,
       CAST(o.with_waiting_days AS DOUBLE) / CAST(o.observations AS DOUBLE) AS completeness_waiting_days,
       CAST(o.with_text AS DOUBLE) / CAST(o.observations AS DOUBLE) AS completeness_text,
       CAST(o.with_form_version AS DOUBLE) / CAST(o.observations AS DOUBLE) AS completeness_form_version
FROM batches b
LEFT JOIN quality_ledger l ON l.batch_id = b.batch_id
LEFT JOIN observed o ON o.batch_id = b.batch_id
ORDER BY b.batch_id
