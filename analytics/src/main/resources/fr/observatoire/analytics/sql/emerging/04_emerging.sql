-- Emerging needs: cells whose count in the tested period is significantly above the baseline.
--
-- Test (documented in docs/analytics-emerging-quality.md): under "no change", the counts of a cell in each of the
-- m baseline periods and in the tested period are Poisson with one common rate, so given their total n the tested
-- count x is Binomial(n, 1/(m+1)). The p-value is P(X >= x): exact, (1/(m+1))^x, when the cell was absent from
-- every baseline period (n = x), otherwise the Camp-Paulson normal approximation of the binomial distribution with
-- the normal tail of Abramowitz and Stegun 26.2.17 (absolute error below 7.5e-8). Conditioning on n accounts for
-- the noise in the baseline itself, which a test against the baseline mean taken as known would ignore.
--
-- Nested subqueries rather than CTEs: Spark 4.1's InlineCTE rule failed to plan the CTE form of this query.
-- Literals are DECIMAL in Spark: every division involves a DOUBLE operand so that both engines compute in DOUBLE.
-- ?1 minimum count in the tested period (BIGINT), ?2 significance level (DOUBLE), ?3 minimum ratio to the
-- baseline mean for a rise (DOUBLE)
SELECT f.level, f.territory_code, f.period, f.public, f.need_domain,
       f.observations, f.baseline_periods, f.baseline_observations, f.baseline_mean, f.ratio, f.p_value, f.status,
       CAST(ROW_NUMBER() OVER (PARTITION BY f.level
                               ORDER BY f.p_value, f.observations DESC, f.territory_code, f.public, f.need_domain)
            AS INTEGER) AS rank
FROM (
    SELECT tested.*,
           CASE WHEN baseline_observations = 0 THEN 'nouveau' ELSE 'en_hausse' END AS status
    FROM (
        SELECT level, territory_code, period, public, need_domain, observations, baseline_periods,
               baseline_observations,
               CAST(baseline_observations AS DOUBLE) / CAST(baseline_periods AS DOUBLE) AS baseline_mean,
               CASE WHEN baseline_observations = 0 THEN CAST(NULL AS DOUBLE)
                    ELSE x * CAST(baseline_periods AS DOUBLE) / CAST(baseline_observations AS DOUBLE) END AS ratio,
               CASE WHEN baseline_observations = 0 THEN POWER(p0, x)
                    WHEN u >= 0.0 THEN q
                    ELSE 1.0 - q END AS p_value
        FROM (
            SELECT tails.*,
                   EXP(-u * u / 2.0) / SQRT(2.0 * PI()) * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937
                       + t * (-1.821255978 + t * 1.330274429)))) AS q
            FROM (
                SELECT standardised.*, 1.0 / (1.0 + 0.2316419 * ABS(u)) AS t
                FROM (
                    SELECT camp_paulson.*,
                           ((1.0 - cp_b) * cp_r3 - (1.0 - cp_a)) / SQRT(cp_b * cp_r3 * cp_r3 + cp_a) AS u
                    FROM (
                        -- P(X <= k) with k = x - 1: a = 1/(9(n-k)), b = 1/(9(k+1)), r = (k+1)(1-p0) / ((n-k) p0)
                        SELECT candidates.*,
                               1.0 / (9.0 * (n - x + 1.0)) AS cp_a,
                               1.0 / (9.0 * x) AS cp_b,
                               POWER(x * (1.0 - p0) / ((n - x + 1.0) * p0), CAST(1 AS DOUBLE) / 3.0) AS cp_r3
                        FROM (
                            SELECT c.level, c.territory_code, tp.period, c.public, c.need_domain, c.observations,
                                   c.baseline_observations, r.baseline_periods,
                                   CAST(c.observations AS DOUBLE) AS x,
                                   CAST(c.observations + c.baseline_observations AS DOUBLE) AS n,
                                   1.0 / CAST(r.baseline_periods + 1 AS DOUBLE) AS p0
                            FROM emerging_counts c
                            CROSS JOIN (SELECT CAST(COUNT(*) AS INTEGER) AS baseline_periods
                                        FROM emerging_periods WHERE role = 'reference') r
                            CROSS JOIN (SELECT MAX(period) AS period
                                        FROM emerging_periods WHERE role = 'courante') tp
                            WHERE r.baseline_periods >= 1
                              AND c.observations >= CAST(? AS BIGINT)
                        ) candidates
                    ) camp_paulson
                ) standardised
            ) tails
        ) approximated
    ) tested
    WHERE p_value < CAST(? AS DOUBLE)
      AND (baseline_observations = 0 OR ratio >= CAST(? AS DOUBLE))
) f
ORDER BY f.level, rank
