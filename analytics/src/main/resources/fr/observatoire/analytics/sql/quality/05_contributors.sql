-- Per contributor: volume, reject and duplicate rates, completeness, freshness and reporting status.
-- Expected contributors come from reference/contributors when it has rows; otherwise every contributor seen in a
-- period before the tested one is expected. Status:
--   with an expected frequency (reference): days since the last committed batch <= frequency days: a_jour,
--     <= twice the frequency: en_retard, beyond or never: silencieux;
--   without one: observations in the tested period: a_jour, last ones in the period just before: en_retard,
--     older or never: silencieux.
-- ?1 as-of date (STRING yyyy-MM-dd, the day freshness is measured at), ?2 tested period (STRING, null: latest)
WITH params AS (
    SELECT CAST(CAST(? AS STRING) AS DATE) AS as_of, CAST(? AS STRING) AS wanted
), periods AS (
    SELECT DISTINCT period FROM quality_rows WHERE period IS NOT NULL
), tested AS (
    SELECT COALESCE(MAX(p2.wanted), MAX(pe.period)) AS period
    FROM params p2 LEFT JOIN periods pe ON 1 = 1
), previous AS (
    SELECT MAX(pe.period) AS period FROM periods pe CROSS JOIN tested t WHERE pe.period < t.period
), declared AS (
    SELECT contributor, MAX(source_group) AS source_group, MAX(territory) AS territory,
           MAX(expected_frequency) AS expected_frequency
    FROM ref_contributors
    WHERE contributor IS NOT NULL
    GROUP BY contributor
), has_reference AS (
    SELECT COUNT(*) AS declared_count FROM declared
), committed AS (
    SELECT contributor, MAX(source_group) AS source_group,
           CAST(COUNT(*) AS BIGINT) AS batches,
           MAX(finished_at) AS last_batch_at,
           CAST(SUM(rows_read) AS BIGINT) AS rows_read,
           CAST(SUM(rows_rejected) AS BIGINT) AS rows_rejected
    FROM quality_ledger
    WHERE status = 'committed'
    GROUP BY contributor
), observed AS (
    SELECT contributor, MAX(source_group) AS source_group,
           CAST(COUNT(*) AS BIGINT) AS observations,
           MIN(period) AS first_period,
           MAX(period) AS last_period,
           MAX(ingested_at) AS last_ingested_at,
           CAST(SUM(duplicate) AS BIGINT) AS duplicates,
           CAST(SUM(has_commune) AS BIGINT) AS with_commune,
           CAST(SUM(has_persons) AS BIGINT) AS with_persons,
           CAST(SUM(has_severity) AS BIGINT) AS with_severity,
           CAST(SUM(has_waiting_days) AS BIGINT) AS with_waiting_days,
           CAST(SUM(has_text) AS BIGINT) AS with_text,
           CAST(SUM(has_form_version) AS BIGINT) AS with_form_version
    FROM quality_rows
    GROUP BY contributor
), everyone AS (
    SELECT contributor FROM declared
    UNION
    SELECT contributor FROM committed WHERE contributor IS NOT NULL
    UNION
    SELECT contributor FROM observed WHERE contributor IS NOT NULL
), described AS (
    SELECT e.contributor,
           COALESCE(d.source_group, c.source_group, o.source_group) AS source_group,
           d.territory,
           d.expected_frequency,
           CASE WHEN h.declared_count > 0 THEN d.contributor IS NOT NULL
                ELSE o.first_period IS NOT NULL AND o.first_period < t.period END AS expected,
           CASE WHEN d.expected_frequency IS NULL THEN CAST(NULL AS INTEGER)
                WHEN LOWER(d.expected_frequency) LIKE 'mensuel%' THEN 31
                WHEN LOWER(d.expected_frequency) LIKE 'trimestriel%' THEN 92
                WHEN LOWER(d.expected_frequency) LIKE 'semestriel%' THEN 183
                ELSE 366 END AS frequency_days,
           COALESCE(c.batches, CAST(0 AS BIGINT)) AS batches,
           COALESCE(o.observations, CAST(0 AS BIGINT)) AS observations,
           o.first_period,
           o.last_period,
           COALESCE(c.last_batch_at, o.last_ingested_at) AS last_batch_at,
           c.rows_read,
           c.rows_rejected,
           o.duplicates,
           o.with_commune, o.with_persons, o.with_severity, o.with_waiting_days, o.with_text, o.with_form_version,
           p.as_of,
           t.period AS tested_period,
           pv.period AS previous_period
    FROM everyone e
    LEFT JOIN declared d ON d.contributor = e.contributor
    LEFT JOIN committed c ON c.contributor = e.contributor
    LEFT JOIN observed o ON o.contributor = e.contributor
    CROSS JOIN has_reference h
    CROSS JOIN tested t
    CROSS JOIN previous pv
    CROSS JOIN params p
), freshness AS (
    SELECT described.*,
           CAST(as_of - CAST(last_batch_at AS DATE) AS INTEGER) AS days_since_last_batch
    FROM described
)
SELECT contributor, source_group, territory, expected_frequency, expected, tested_period AS period,
       batches, observations, first_period, last_period, last_batch_at, days_since_last_batch,
       rows_read, rows_rejected,
       CASE WHEN rows_read > 0 THEN CAST(rows_rejected AS DOUBLE) / CAST(rows_read AS DOUBLE) END AS reject_rate,
       duplicates,
       CAST(duplicates AS DOUBLE) / CAST(observations AS DOUBLE) AS duplicate_rate,
       CAST(with_commune AS DOUBLE) / CAST(observations AS DOUBLE) AS completeness_commune,
       CAST(with_persons AS DOUBLE) / CAST(observations AS DOUBLE) AS completeness_persons,
       CAST(with_severity AS DOUBLE) / CAST(observations AS DOUBLE) AS completeness_severity,
       CAST(with_waiting_days AS DOUBLE) / CAST(observations AS DOUBLE) AS completeness_waiting_days,
       CAST(with_text AS DOUBLE) / CAST(observations AS DOUBLE) AS completeness_text,
       CAST(with_form_version AS DOUBLE) / CAST(observations AS DOUBLE) AS completeness_form_version,
       CASE WHEN last_batch_at IS NULL THEN 'silencieux'
            WHEN frequency_days IS NOT NULL AND days_since_last_batch <= frequency_days THEN 'a_jour'
            WHEN frequency_days IS NOT NULL AND days_since_last_batch <= 2 * frequency_days THEN 'en_retard'
            WHEN frequency_days IS NOT NULL THEN 'silencieux'
            WHEN last_period >= tested_period THEN 'a_jour'
            WHEN last_period >= previous_period THEN 'en_retard'
            ELSE 'silencieux' END AS status
FROM freshness
ORDER BY contributor
