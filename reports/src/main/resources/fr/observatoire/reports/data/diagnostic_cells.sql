-- Every cell of the needs table of every territory for one period (site-wide disclosure control).
SELECT CAST(level AS VARCHAR) AS level, CAST(territory_code AS VARCHAR) AS code, CAST(public AS VARCHAR) AS public,
       CAST(need_domain AS VARCHAR) AS need_domain,
       coalesce(TRY_CAST(observations AS BIGINT), 0) AS observations,
       coalesce(TRY_CAST(persons AS BIGINT), 0) AS persons
FROM diagnostic
WHERE CAST(period AS VARCHAR) = ?
ORDER BY 1, 2, 3, 4
