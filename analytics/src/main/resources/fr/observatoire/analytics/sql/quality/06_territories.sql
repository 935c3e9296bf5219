-- Per departement and region: volume, contributors, duplicates, completeness and the days since the last
-- observation was ingested. Rejected rows carry no trusted territory, so reject rates are per batch and contributor.
-- ?1 as-of date (STRING yyyy-MM-dd)
WITH located AS (
    SELECT 'departement' AS level, departement_code AS territory_code, quality_rows.*
    FROM quality_rows WHERE departement_code IS NOT NULL
    UNION ALL
    SELECT 'region' AS level, region_code AS territory_code, quality_rows.*
    FROM quality_rows WHERE region_code IS NOT NULL
), totals AS (
    SELECT level, territory_code,
           CAST(COUNT(*) AS BIGINT) AS observations,
           CAST(COUNT(DISTINCT contributor) AS BIGINT) AS contributors,
           CAST(COUNT(DISTINCT batch_id) AS BIGINT) AS batches,
           MAX(ingested_at) AS last_ingested_at,
           CAST(SUM(duplicate) AS BIGINT) AS duplicates,
           CAST(SUM(has_commune) AS BIGINT) AS with_commune,
           CAST(SUM(has_persons) AS BIGINT) AS with_persons,
           CAST(SUM(has_severity) AS BIGINT) AS with_severity,
           CAST(SUM(has_waiting_days) AS BIGINT) AS with_waiting_days,
           CAST(SUM(has_text) AS BIGINT) AS with_text,
           CAST(SUM(has_form_version) AS BIGINT) AS with_form_version
    FROM located
    GROUP BY level, territory_code
)
SELECT level, territory_code, observations, contributors, batches, last_ingested_at,
       CAST(CAST(CAST(? AS STRING) AS DATE) - CAST(last_ingested_at AS DATE) AS INTEGER) AS days_since_last_observation,
       duplicates,
       CAST(duplicates AS DOUBLE) / CAST(observations AS DOUBLE) AS duplicate_rate,
       CAST(with_commune AS DOUBLE) / CAST(observations AS DOUBLE) AS completeness_commune,
       CAST(with_persons AS DOUBLE) / CAST(observations AS DOUBLE) AS completeness_persons,
       CAST(with_severity AS DOUBLE) / CAST(observations AS DOUBLE) AS completeness_severity,
       CAST(with_waiting_days AS DOUBLE) / CAST(observations AS DOUBLE) AS completeness_waiting_days,
       CAST(with_text AS DOUBLE) / CAST(observations AS DOUBLE) AS completeness_text,
       CAST(with_form_version AS DOUBLE) / CAST(observations AS DOUBLE) AS completeness_form_version
FROM totals
ORDER BY level, territory_code
