-- gaps step 2: per departement x supply category, the places of the registry and the target population (the
-- category's INSEE band) for the population year: the requested year if estimated, else the latest estimate before
-- it, else the earliest; the latest estimate when no year is requested. A departement without any row in the
-- supply registry is not covered: its places are unknown (null), not 0. Supply rows without departement_code take
-- the departement of their commune.
-- Parameters: population year, population year (null: the latest).
WITH chosen AS (
    SELECT COALESCE(CASE WHEN CAST(? AS INTEGER) IS NULL THEN MAX(year) END,
                    MAX(CASE WHEN year <= CAST(? AS INTEGER) THEN year END),
                    MIN(year)) AS population_year
    FROM ref_population
),
estimates AS (
    SELECT p.*
    FROM ref_population p
    JOIN chosen c ON c.population_year = p.year
),
bands AS (
    SELECT departement_code, year, 'pop_totale' AS band, pop_totale AS population FROM estimates
    UNION ALL
    SELECT departement_code, year, 'pop_0_19', pop_0_19 FROM estimates
    UNION ALL
    SELECT departement_code, year, 'pop_20_59', pop_20_59 FROM estimates
    UNION ALL
    SELECT departement_code, year, 'pop_60_plus', pop_60_plus FROM estimates
    UNION ALL
    SELECT departement_code, year, 'pop_75_plus', pop_75_plus FROM estimates
),
categories AS (
    SELECT DISTINCT category, public, target_band FROM gaps_crosswalk
),
supply AS (
    SELECT COALESCE(s.departement_code, c.departement_code) AS departement_code, s.category, s.places
    FROM ref_supply s
    LEFT JOIN ref_communes c ON c.commune_code = s.commune_code
),
places AS (
    SELECT departement_code, category, CAST(SUM(places) AS BIGINT) AS places
    FROM supply
    GROUP BY departement_code, category
),
covered AS (
    SELECT DISTINCT departement_code FROM supply WHERE departement_code IS NOT NULL
)
SELECT b.departement_code,
       d.region_code,
       c.category,
       c.public,
       c.target_band,
       CAST(b.year AS INTEGER) AS population_year,
       CAST(b.population AS BIGINT) AS target_population,
       CASE WHEN cv.departement_code IS NOT NULL THEN COALESCE(p.places, CAST(0 AS BIGINT)) END AS places
FROM bands b
JOIN categories c ON c.target_band = b.band
LEFT JOIN ref_departements d ON d.departement_code = b.departement_code
LEFT JOIN places p ON p.departement_code = b.departement_code AND p.category = c.category
LEFT JOIN covered cv ON cv.departement_code = b.departement_code
