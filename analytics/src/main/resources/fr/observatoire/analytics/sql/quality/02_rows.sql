-- One row per observation with 0/1 flags: which optional fields are filled, and whether the row repeats the content
-- of an earlier row (same source group, contributor, date, place, public, domain, kind, figures and text: only the
-- identifiers and the batch differ). The first occurrence in (batch_id, source_file, source_line) order is kept as
-- the original, every later one counts as a duplicate in its own batch.
SELECT batch_id, source_group, contributor, period, departement_code, region_code, ingested_at,
       CASE WHEN commune_code IS NOT NULL THEN 1 ELSE 0 END AS has_commune,
       CASE WHEN persons IS NOT NULL THEN 1 ELSE 0 END AS has_persons,
       CASE WHEN severity IS NOT NULL THEN 1 ELSE 0 END AS has_severity,
       CASE WHEN waiting_days IS NOT NULL THEN 1 ELSE 0 END AS has_waiting_days,
       CASE WHEN text IS NOT NULL AND TRIM(text) <> '' THEN 1 ELSE 0 END AS has_text,
       CASE WHEN form_version IS NOT NULL THEN 1 ELSE 0 END AS has_form_version,
       CASE WHEN ROW_NUMBER() OVER (
                PARTITION BY source_group, contributor, observed_on, commune_code, departement_code, public,
                             need_domain, kind, persons, severity, waiting_days, text
                ORDER BY batch_id, source_file, source_line) > 1
            THEN 1 ELSE 0 END AS duplicate
FROM observations
