{observations_in_territory}
-- Reporting status of the contributors who sent observations for this territory and period.
SELECT CAST(q.contributor AS VARCHAR) AS contributor, CAST(q.source_group AS VARCHAR) AS source_group,
       CAST(q.status AS VARCHAR) AS status, CAST(q.last_period AS VARCHAR) AS last_period,
       TRY_CAST(q.days_since_last_batch AS BIGINT) AS days_since_last_batch,
       TRY_CAST(q.reject_rate AS DOUBLE) AS reject_rate,
       TRY_CAST(q.completeness_persons AS DOUBLE) AS completeness_persons
FROM quality_contributors q
WHERE q.contributor IN (SELECT contributor FROM o)
ORDER BY 1, 2
