-- Emerging needs of one territory and period.
SELECT CAST(public AS VARCHAR) AS public,
       CAST(need_domain AS VARCHAR) AS need_domain,
       coalesce(TRY_CAST(observations AS BIGINT), 0) AS observations,
       TRY_CAST(baseline_mean AS DOUBLE) AS baseline_mean,
       TRY_CAST(ratio AS DOUBLE) AS ratio,
       TRY_CAST(score AS DOUBLE) AS score,
       TRY_CAST(p_value AS DOUBLE) AS p_value,
       CAST(status AS VARCHAR) AS status
FROM emerging
WHERE CAST(level AS VARCHAR) = ? AND CAST(territory_code AS VARCHAR) = ? AND CAST(period AS VARCHAR) = ?
ORDER BY ratio DESC NULLS LAST, public, need_domain
