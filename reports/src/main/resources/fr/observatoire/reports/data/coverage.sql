{observations_in_territory}
SELECT CAST(source_group AS VARCHAR) AS source_group, count(*) AS observations,
       count(DISTINCT contributor) AS contributors, min(observed_on) AS first_observed, max(observed_on) AS last_observed,
       sum(coalesce(redactions, 0)) AS redactions
FROM o
GROUP BY 1
ORDER BY 1
