-- gaps step 3: departements, regions and France with their places per 1,000 of the target population (unrounded).
-- A region or France sums its covered departements (places and population alike), so that a partial registry
-- does not understate its rate; without any covered departement its places are null and its population the total.
WITH levels AS (
    SELECT 'departement' AS level, departement_code AS territory_code, region_code, category, public, target_band,
           population_year, target_population, places
    FROM gp_departements
    UNION ALL
    SELECT 'region', region_code, region_code, category, public, target_band, population_year,
           CAST(COALESCE(SUM(CASE WHEN places IS NOT NULL THEN target_population END), SUM(target_population))
                AS BIGINT),
           CAST(SUM(places) AS BIGINT)
    FROM gp_departements
    WHERE region_code IS NOT NULL
    GROUP BY region_code, category, public, target_band, population_year
    UNION ALL
    SELECT 'france', 'FR', CAST(NULL AS STRING), category, public, target_band, population_year,
           CAST(COALESCE(SUM(CASE WHEN places IS NOT NULL THEN target_population END), SUM(target_population))
                AS BIGINT),
           CAST(SUM(places) AS BIGINT)
    FROM gp_departements
    GROUP BY category, public, target_band, population_year
)
SELECT levels.*,
       CASE WHEN target_population > 0 AND places IS NOT NULL
            THEN CAST(places AS DOUBLE) * 1000 / CAST(target_population AS DOUBLE) END AS rate
FROM levels
