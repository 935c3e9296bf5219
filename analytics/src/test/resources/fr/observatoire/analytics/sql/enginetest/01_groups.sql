-- Test step: bound nullable parameters, a CTE, GROUP BY with casts, a median and rounding.
WITH kept AS (
    SELECT id, grp, CAST(v AS DOUBLE) AS v, batch_id, day, seen_at
    FROM things
    WHERE (CAST(? AS STRING) IS NULL OR grp >= CAST(? AS STRING))
      AND day <= CAST(? AS DATE)
)
SELECT grp,
       batch_id,
       CAST(COUNT(*) AS BIGINT) AS n,
       CAST(SUM(id) AS BIGINT) AS total,
       CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY v) AS DOUBLE) AS median_v,
       FLOOR(AVG(v) * 100 + 0.5) / 100 AS mean_v,
       MAX(day) AS last_day,
       MAX(seen_at) AS last_seen,
       'g:' || grp AS label
FROM kept
GROUP BY grp, batch_id
