-- The diagnostic written by hand for DuckDB, as the yardstick of the engine-neutral steps: the SAME table as the
-- job's output (same columns, types, rows and values, sorted the same way; BenchHandDiagnosticTest compares them):
-- need observations per level x territory x period x public x domain with persons, converging actor groups, their
-- shares, mean severity, median waiting days, the rate of persons per 10,000 of the public's band (INSEE estimate of
-- the latest year not after the period for departement, region, France; COG population municipale for commune and
-- EPCI), the trend against the previous period, the rank and the robust z-score (median and MAD) among the
-- territories of the level.
-- One statement using what only DuckDB has: read_parquet straight on the lake, one UNNEST instead of five UNION
-- branches, GROUP BY ALL, FILTER, median(), LAG for the trend instead of a self-join, no intermediate table; the
-- medians by GROUP BY (measured faster here than median() as a window function). Groupings are left out (the bench
-- lake has none). The vocabularies' codes are written out (need kinds, actor groups, public bands) where the job
-- joins the vocabulary views.
-- ${observations_glob}, ${communes_parquet}, ${population_parquet}, ${departements_parquet}, ${output}
COPY (
    WITH obs AS (
        SELECT period, territory_precision AS precision, commune_code, epci_code, departement_code, region_code,
               public, need_domain, persons, severity, waiting_days,
               CASE WHEN source_group IN ('usager', 'habitant') THEN 'usagers_habitants'
                    WHEN source_group = 'professionnel' THEN 'professionnels'
                    WHEN source_group = 'decideur' THEN 'decideurs'
                    WHEN source_group = 'financeur' THEN 'financeurs' END AS actor_group
        FROM read_parquet(${observations_glob}, hive_partitioning = true)
        WHERE kind IN ('besoin_non_couvert', 'rupture_parcours', 'besoin_emergent', 'difficulte_acces')
          AND period IS NOT NULL AND public IS NOT NULL AND need_domain IS NOT NULL
    ), placed AS (
        SELECT UNNEST([{'level': 'commune', 'code': CASE WHEN precision = 'commune' THEN commune_code END},
                       {'level': 'epci', 'code': CASE WHEN precision IN ('commune', 'epci') THEN epci_code END},
                       {'level': 'departement',
                        'code': CASE WHEN precision IN ('commune', 'epci', 'departement') THEN departement_code END},
                       {'level': 'region',
                        'code': CASE WHEN precision IN ('commune', 'epci', 'departement', 'region') THEN region_code
                                END},
                       {'level': 'france', 'code': 'FR'}], recursive := true),
               period, public, need_domain, actor_group, persons, severity, waiting_days
        FROM obs
    ), counts AS (
        SELECT level, code AS territory_code, period, public, need_domain,
               COUNT(*) AS observations, CAST(SUM(persons) AS BIGINT) AS persons,
               COUNT(*) FILTER (WHERE actor_group = 'usagers_habitants') AS from_usagers_habitants,
               COUNT(*) FILTER (WHERE actor_group = 'professionnels') AS from_professionnels,
               COUNT(*) FILTER (WHERE actor_group = 'decideurs') AS from_decideurs,
               COUNT(*) FILTER (WHERE actor_group = 'financeurs') AS from_financeurs,
               SUM(severity) AS severity_sum, COUNT(severity) AS severity_count,
               CAST(MEDIAN(waiting_days) AS DOUBLE) AS median_waiting_days
        FROM placed
        WHERE code IS NOT NULL
        GROUP BY ALL
    ), periods AS (
        SELECT period, LAG(period) OVER (ORDER BY period) AS previous_period
        FROM (SELECT DISTINCT period FROM counts)
    ), period_years AS (
        SELECT p.period,
               COALESCE(MAX(y.year) FILTER (WHERE y.year <= TRY_CAST(SUBSTR(p.period, 1, 4) AS INTEGER)),
                        MIN(y.year)) AS population_year
        FROM periods p
        CROSS JOIN (SELECT DISTINCT year FROM read_parquet(${population_parquet})) y
        GROUP BY ALL
    ), insee AS (
        SELECT py.period, py.population_year, p.departement_code,
               UNNEST(['pop_totale', 'pop_0_19', 'pop_20_59', 'pop_60_plus', 'pop_75_plus']) AS band,
               UNNEST([p.pop_totale, p.pop_0_19, p.pop_20_59, p.pop_60_plus, p.pop_75_plus]) AS population
        FROM read_parquet(${population_parquet}) p
        JOIN period_years py ON py.population_year = p.year
    ), insee_population AS (
        SELECT 'departement' AS level, departement_code AS territory_code, period, population_year, band, population
        FROM insee
        UNION ALL
        SELECT 'region', d.region_code, i.period, i.population_year, i.band, SUM(i.population)
        FROM insee i
        JOIN read_parquet(${departements_parquet}) d USING (departement_code)
        GROUP BY ALL
        UNION ALL
        SELECT 'france', 'FR', period, population_year, band, SUM(population)
        FROM insee
        GROUP BY ALL
    ), territories AS (
        SELECT 'commune' AS level, commune_code AS territory_code, commune_name AS territory_name, population
        FROM read_parquet(${communes_parquet})
        UNION ALL
        SELECT 'epci', epci_code, MAX(epci_name), SUM(population)
        FROM read_parquet(${communes_parquet})
        WHERE epci_code IS NOT NULL
        GROUP BY ALL
        UNION ALL
        SELECT 'departement', departement_code, departement_name, NULL
        FROM read_parquet(${departements_parquet})
        UNION ALL
        SELECT 'region', region_code, MAX(region_name), NULL
        FROM read_parquet(${departements_parquet})
        GROUP BY ALL
        UNION ALL
        SELECT 'france', 'FR', 'France', NULL
    ), bands AS (
        SELECT * FROM (VALUES ('personnes_agees', 'pop_75_plus'), ('adultes_handicapes', 'pop_20_59'),
                              ('enfants_handicapes', 'pop_0_19'), ('enfance_protection', 'pop_0_19'),
                              ('jeunes_majeurs', 'pop_20_59'), ('familles', 'pop_totale'), ('aidants', 'pop_totale'),
                              ('personnes_precaires', 'pop_20_59'), ('tout_public', 'pop_totale')) b(public, band)
    ), rated AS (
        SELECT c.*, t.territory_name, p.previous_period,
               CAST(CASE WHEN c.level IN ('departement', 'region', 'france') THEN ip.population ELSE t.population END
                    AS BIGINT) AS population,
               CASE WHEN c.level IN ('departement', 'region', 'france') THEN b.band ELSE 'population_municipale' END
                   AS denominator,
               CAST(ip.population_year AS INTEGER) AS population_year
        FROM counts c
        JOIN periods p USING (period)
        LEFT JOIN bands b USING (public)
        LEFT JOIN insee_population ip
               ON ip.level = c.level AND ip.territory_code = c.territory_code AND ip.period = c.period
              AND ip.band = b.band
        LEFT JOIN territories t ON t.level = c.level AND t.territory_code = c.territory_code
    ), rates AS (
        SELECT *, CASE WHEN population > 0 THEN CAST(persons AS DOUBLE) * 10000 / CAST(population AS DOUBLE) END
                      AS rate
        FROM rated
    ), medians AS (
        SELECT level, period, public, need_domain, MEDIAN(rate) AS median_rate, COUNT(rate) AS rated
        FROM rates
        GROUP BY ALL
    ), mads AS (
        SELECT level, period, public, need_domain, MEDIAN(ABS(r.rate - m.median_rate)) AS mad
        FROM rates r
        JOIN medians m USING (level, period, public, need_domain)
        GROUP BY ALL
    ), spread AS (
        SELECT r.*, m.median_rate, m.rated, d.mad,
               RANK() OVER (PARTITION BY level, period, public, need_domain ORDER BY rate DESC NULLS LAST)
                   AS rate_rank,
               LAG(period) OVER (PARTITION BY level, territory_code, public, need_domain ORDER BY period)
                   AS lag_period,
               LAG(rate) OVER (PARTITION BY level, territory_code, public, need_domain ORDER BY period) AS lag_rate
        FROM rates r
        JOIN medians m USING (level, period, public, need_domain)
        LEFT JOIN mads d USING (level, period, public, need_domain)
    )
    SELECT level, territory_code, territory_name, period, public, need_domain, observations, persons, population,
           denominator, population_year,
           FLOOR(rate * 10000 + 0.5) / 10000 AS rate_per_10k,
           CAST(from_usagers_habitants > 0 AS INTEGER) + CAST(from_professionnels > 0 AS INTEGER)
               + CAST(from_decideurs > 0 AS INTEGER) + CAST(from_financeurs > 0 AS INTEGER) AS source_groups,
           source_groups >= 3 AS shared,
           FLOOR(from_usagers_habitants / observations * 10000 + 0.5) / 10000 AS share_usagers_habitants,
           FLOOR(from_professionnels / observations * 10000 + 0.5) / 10000 AS share_professionnels,
           FLOOR(from_decideurs / observations * 10000 + 0.5) / 10000 AS share_decideurs,
           FLOOR(from_financeurs / observations * 10000 + 0.5) / 10000 AS share_financeurs,
           CASE WHEN severity_count > 0 THEN FLOOR(severity_sum / severity_count * 100 + 0.5) / 100 END
               AS mean_severity,
           median_waiting_days,
           CASE WHEN lag_period = previous_period AND lag_rate > 0 AND rate IS NOT NULL
                THEN FLOOR((rate / lag_rate - 1) * 10000 + 0.5) / 10000 END AS trend,
           CASE WHEN rate IS NOT NULL THEN CAST(rate_rank AS INTEGER) END AS rank,
           CASE WHEN mad > 0 AND rate IS NOT NULL AND rated >= 5
                THEN FLOOR((rate - median_rate) / (CAST(1.4826 AS DOUBLE) * mad) * 1000 + 0.5) / 1000 END AS robust_z
    FROM spread
    ORDER BY level, territory_code, period, public, need_domain
) TO ${output} (FORMAT parquet)
