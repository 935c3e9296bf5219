-- Totals of one territory for every period: the trend line.
SELECT CAST(period AS VARCHAR) AS period,
       sum(coalesce(TRY_CAST(observations AS BIGINT), 0)) AS observations,
       sum(coalesce(TRY_CAST(persons AS BIGINT), 0)) AS persons
FROM diagnostic
WHERE CAST(level AS VARCHAR) = ? AND CAST(territory_code AS VARCHAR) = ?
GROUP BY 1
ORDER BY 1
