-- The diagnostic's figures written by hand for DuckDB, as a yardstick for the engine-neutral steps: need
-- observations per level x territory x period x public x domain with persons, converging actor groups, their
-- shares, mean severity, median waiting days, the rate per 10,000 of the public's band (INSEE for departement,
-- region, France; COG population municipale for commune and EPCI) and the rank among territories of the level.
-- Uses what only DuckDB has: read_parquet straight on the lake, one UNNEST instead of five UNION branches, GROUP BY
-- ALL, median(). Groupings are left out (the bench lake has none).
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
        WHERE kind NOT IN ('satisfaction', 'pratique_inspirante')
          AND period IS NOT NULL AND public IS NOT NULL AND need_domain IS NOT NULL
    ), placed AS (
        SELECT UNNEST([{'level': 'commune', 'code': CASE WHEN precision = 'commune' THEN commune_code END},
                       {'level': 'epci', 'code': CASE WHEN precision IN ('commune', 'epci') THEN epci_code END},
                       {'level': 'departement', 'code': departement_code},
                       {'level': 'region', 'code': region_code},
                       {'level': 'france', 'code': 'FR'}], recursive := true),
               period, public, need_domain, actor_group, persons, severity, waiting_days
        FROM obs
    ), counts AS (
        SELECT level, code AS territory_code, period, public, need_domain,
               COUNT(*) AS observations, SUM(persons) AS persons, COUNT(DISTINCT actor_group) AS source_groups,
               AVG(CASE WHEN actor_group = 'usagers_habitants' THEN 1.0 ELSE 0.0 END) AS share_usagers_habitants,
               AVG(CASE WHEN actor_group = 'professionnels' THEN 1.0 ELSE 0.0 END) AS share_professionnels,
               AVG(CASE WHEN actor_group = 'decideurs' THEN 1.0 ELSE 0.0 END) AS share_decideurs,
               AVG(CASE WHEN actor_group = 'financeurs' THEN 1.0 ELSE 0.0 END) AS share_financeurs,
               AVG(severity) AS mean_severity, MEDIAN(waiting_days) AS median_waiting_days
        FROM placed
        WHERE code IS NOT NULL
        GROUP BY ALL
    ), insee AS (
        SELECT p.year, d.region_code, p.departement_code,
               UNNEST(['personnes_agees', 'adultes_handicapes', 'enfants_handicapes', 'enfance_protection',
                       'jeunes_majeurs', 'familles', 'aidants', 'personnes_precaires', 'tout_public']) AS public,
               UNNEST([p.pop_75_plus, p.pop_20_59, p.pop_0_19, p.pop_0_19, p.pop_20_59, p.pop_totale, p.pop_totale,
                       p.pop_20_59, p.pop_totale]) AS population
        FROM read_parquet(${population_parquet}) p
        JOIN read_parquet(${departements_parquet}) d USING (departement_code)
    ), populations AS (
        SELECT 'departement' AS level, departement_code AS territory_code, CAST(year AS VARCHAR) AS period, public,
               SUM(population) AS population FROM insee GROUP BY ALL
        UNION ALL
        SELECT 'region', region_code, CAST(year AS VARCHAR), public, SUM(population) FROM insee GROUP BY ALL
        UNION ALL
        SELECT 'france', 'FR', CAST(year AS VARCHAR), public, SUM(population) FROM insee GROUP BY ALL
    ), cog AS (
        SELECT 'commune' AS level, commune_code AS territory_code, SUM(population) AS population
        FROM read_parquet(${communes_parquet}) GROUP BY ALL
        UNION ALL
        SELECT 'epci', epci_code, SUM(population) FROM read_parquet(${communes_parquet})
        WHERE epci_code IS NOT NULL GROUP BY ALL
    ), rated AS (
        SELECT c.*, COALESCE(p.population, g.population) AS population,
               10000.0 * c.observations / NULLIF(COALESCE(p.population, g.population), 0) AS rate_per_10k
        FROM counts c
        LEFT JOIN populations p USING (level, territory_code, period, public)
        LEFT JOIN cog g USING (level, territory_code)
    )
    SELECT *, source_groups >= 3 AS shared,
           RANK() OVER (PARTITION BY level, period, public, need_domain ORDER BY rate_per_10k DESC NULLS LAST) AS rank
    FROM rated
) TO ${output} (FORMAT parquet)
