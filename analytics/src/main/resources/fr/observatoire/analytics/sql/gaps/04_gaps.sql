-- gaps step 4: the published table. References are the medians of the departement rates (covered departements):
-- national, and regional (the departement's region; for a region, its own departements; none for France).
-- places_to_reference: places missing to reach the national median rate with the territory's target population,
-- rounded to the nearest place, 0 when at or above it. zone_blanche: need expressed and no place at all (in a
-- covered territory). priority_rank: 1 = most urgent among the territories of a level x category: zones blanches
-- first, then the most places missing, then the most persons in expressed need.
-- Parameters: level, level (null: every level).
WITH national AS (
    SELECT category, public, CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY rate) AS DOUBLE) AS median_rate
    FROM gp_rated
    WHERE level = 'departement' AND rate IS NOT NULL
    GROUP BY category, public
),
regional AS (
    SELECT region_code, category, public,
           CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY rate) AS DOUBLE) AS median_rate
    FROM gp_rated
    WHERE level = 'departement' AND rate IS NOT NULL AND region_code IS NOT NULL
    GROUP BY region_code, category, public
),
names AS (
    SELECT 'departement' AS level, departement_code AS territory_code, departement_name AS territory_name
    FROM ref_departements
    UNION ALL
    SELECT 'region', region_code, MAX(region_name)
    FROM ref_departements
    GROUP BY region_code
    UNION ALL
    SELECT 'france', 'FR', 'France'
),
assembled AS (
    SELECT r.level,
           r.territory_code,
           n.territory_name,
           r.public,
           r.category,
           r.target_band AS denominator,
           r.population_year,
           r.places,
           r.target_population,
           r.rate,
           nat.median_rate AS national_median,
           CASE WHEN r.level IN ('departement', 'region') THEN reg.median_rate END AS regional_median,
           CASE WHEN nat.median_rate IS NOT NULL AND r.target_population > 0 AND r.places IS NOT NULL
                THEN GREATEST(CAST(0 AS BIGINT),
                              CAST(FLOOR(nat.median_rate * CAST(r.target_population AS DOUBLE) / 1000
                                         - CAST(r.places AS DOUBLE) + 0.5) AS BIGINT))
           END AS places_to_reference,
           nd.need_persons,
           COALESCE(nd.need_observations, CAST(0 AS BIGINT)) AS need_observations,
           COALESCE(r.places = 0 AND nd.need_observations > 0, FALSE) AS zone_blanche
    FROM gp_rated r
    LEFT JOIN national nat ON nat.category = r.category AND nat.public = r.public
    LEFT JOIN regional reg
           ON reg.region_code = r.region_code AND reg.category = r.category AND reg.public = r.public
    LEFT JOIN gp_needs nd
           ON nd.level = r.level AND nd.territory_code = r.territory_code AND nd.category = r.category
          AND nd.public = r.public
    LEFT JOIN names n ON n.level = r.level AND n.territory_code = r.territory_code
    WHERE CAST(? AS STRING) IS NULL OR r.level = CAST(? AS STRING)
)
SELECT level,
       territory_code,
       territory_name,
       public,
       category,
       denominator,
       population_year,
       places,
       target_population,
       FLOOR(rate * 100 + 0.5) / 100 AS places_per_1000,
       FLOOR(national_median * 100 + 0.5) / 100 AS reference_national_median,
       FLOOR(regional_median * 100 + 0.5) / 100 AS reference_regional_median,
       places_to_reference,
       need_persons AS expressed_need_persons,
       need_observations AS expressed_need_observations,
       zone_blanche,
       CAST(ROW_NUMBER() OVER (PARTITION BY level, category, public
                               ORDER BY CASE WHEN zone_blanche THEN 1 ELSE 0 END DESC,
                                        places_to_reference DESC NULLS LAST,
                                        need_persons DESC NULLS LAST,
                                        territory_code) AS INTEGER) AS priority_rank
FROM assembled
ORDER BY level, territory_code, category
