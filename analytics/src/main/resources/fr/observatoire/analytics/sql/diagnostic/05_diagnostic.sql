-- diagnostic step 5: the published table. Rounding is FLOOR(x * 10^n + 0.5) / 10^n, identical on both engines.
-- trend: relative change of the rate against the previous period present in the observations (null without one).
-- rank: 1 = highest rate among the territories of the same level x period x public x need domain.
-- robust_z: (rate - median) / (1.4826 x MAD) among the same territories; null when the MAD is 0 or when fewer
-- territories than the minimum have a rate (a MAD of three values says little and can be tiny).
-- Parameters: shared threshold, robust z minimum territories, from, from (null: no lower bound).
WITH periods AS (
    SELECT DISTINCT period FROM dg_rates
),
previous AS (
    SELECT p.period, MAX(q.period) AS previous_period
    FROM periods p
    JOIN periods q ON q.period < p.period
    GROUP BY p.period
)
SELECT r.level,
       r.territory_code,
       r.territory_name,
       r.period,
       r.public,
       r.need_domain,
       r.observations,
       r.persons,
       r.population,
       r.denominator,
       r.population_year,
       FLOOR(r.rate * 10000 + 0.5) / 10000 AS rate_per_10k,
       r.source_groups,
       r.source_groups >= CAST(? AS INTEGER) AS shared,
       FLOOR(CAST(r.from_usagers_habitants AS DOUBLE) / CAST(r.observations AS DOUBLE) * 10000 + 0.5) / 10000
           AS share_usagers_habitants,
       FLOOR(CAST(r.from_professionnels AS DOUBLE) / CAST(r.observations AS DOUBLE) * 10000 + 0.5) / 10000
           AS share_professionnels,
       FLOOR(CAST(r.from_decideurs AS DOUBLE) / CAST(r.observations AS DOUBLE) * 10000 + 0.5) / 10000
           AS share_decideurs,
       FLOOR(CAST(r.from_financeurs AS DOUBLE) / CAST(r.observations AS DOUBLE) * 10000 + 0.5) / 10000
           AS share_financeurs,
       CASE WHEN r.severity_count > 0
            THEN FLOOR(CAST(r.severity_sum AS DOUBLE) / CAST(r.severity_count AS DOUBLE) * 100 + 0.5) / 100
       END AS mean_severity,
       r.median_waiting_days,
       CASE WHEN p.rate > 0 AND r.rate IS NOT NULL
            THEN FLOOR((r.rate / p.rate - 1) * 10000 + 0.5) / 10000
       END AS trend,
       CASE WHEN r.rate IS NOT NULL
            THEN CAST(RANK() OVER (PARTITION BY r.level, r.period, r.public, r.need_domain
                                   ORDER BY r.rate DESC NULLS LAST) AS INTEGER)
       END AS rank,
       CASE WHEN s.mad > 0 AND r.rate IS NOT NULL AND s.rated >= CAST(? AS INTEGER)
            THEN FLOOR((r.rate - s.median_rate) / (CAST(1.4826 AS DOUBLE) * s.mad) * 1000 + 0.5) / 1000
       END AS robust_z
FROM dg_rates r
LEFT JOIN previous pp ON pp.period = r.period
LEFT JOIN dg_rates p
       ON p.level = r.level AND p.territory_code = r.territory_code AND p.public = r.public
      AND p.need_domain = r.need_domain AND p.period = pp.previous_period
LEFT JOIN dg_spread s
       ON s.level = r.level AND s.period = r.period AND s.public = r.public AND s.need_domain = r.need_domain
WHERE CAST(? AS STRING) IS NULL OR r.period >= CAST(? AS STRING)
ORDER BY r.level, r.territory_code, r.period, r.public, r.need_domain
