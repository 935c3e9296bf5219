-- diagnostic step 3: numerators joined to their denominator and name; the unrounded rate per 10,000.
-- Departement, region and France use the INSEE band of the public (vocab_public_bands), for the population year of
-- each period: the latest estimate year not after the period's year, else the earliest one; regions and France sum
-- their departements. Below the departement, where INSEE publishes no age band, the denominator is the COG
-- population municipale (all ages) of communes, summed for EPCI and grouping zones (never the DGCL EPCI figure,
-- another vintage).
WITH periods AS (
    SELECT DISTINCT period FROM dg_counts
),
years AS (
    SELECT DISTINCT year FROM ref_population
),
period_years AS (
    SELECT p.period,
           COALESCE(MAX(CASE WHEN y.year <= TRY_CAST(SUBSTR(p.period, 1, 4) AS INTEGER) THEN y.year END),
                    MIN(y.year)) AS population_year
    FROM periods p
    CROSS JOIN years y
    GROUP BY p.period
),
bands AS (
    SELECT departement_code, year, 'pop_totale' AS band, pop_totale AS population FROM ref_population
    UNION ALL
    SELECT departement_code, year, 'pop_0_19', pop_0_19 FROM ref_population
    UNION ALL
    SELECT departement_code, year, 'pop_20_59', pop_20_59 FROM ref_population
    UNION ALL
    SELECT departement_code, year, 'pop_60_plus', pop_60_plus FROM ref_population
    UNION ALL
    SELECT departement_code, year, 'pop_75_plus', pop_75_plus FROM ref_population
),
departements AS (
    SELECT 'departement' AS level, b.departement_code AS territory_code, py.period, py.population_year, b.band,
           CAST(b.population AS BIGINT) AS population
    FROM bands b
    JOIN period_years py ON py.population_year = b.year
),
insee_population AS (
    SELECT level, territory_code, period, population_year, band, population
    FROM departements
    UNION ALL
    SELECT 'region', d.region_code, x.period, x.population_year, x.band, CAST(SUM(x.population) AS BIGINT)
    FROM departements x
    JOIN ref_departements d ON d.departement_code = x.territory_code
    GROUP BY d.region_code, x.period, x.population_year, x.band
    UNION ALL
    SELECT 'france', 'FR', period, population_year, band, CAST(SUM(population) AS BIGINT)
    FROM departements
    GROUP BY period, population_year, band
),
cog_population AS (
    SELECT 'commune' AS level, commune_code AS territory_code, CAST(population AS BIGINT) AS population
    FROM ref_communes
    UNION ALL
    SELECT 'epci', epci_code, CAST(SUM(population) AS BIGINT)
    FROM ref_communes
    WHERE epci_code IS NOT NULL
    GROUP BY epci_code
    UNION ALL
    SELECT 'grouping:' || g.grouping, COALESCE(g.zone, g.grouping), CAST(SUM(c.population) AS BIGINT)
    FROM (SELECT DISTINCT grouping, commune_code, zone FROM ref_groupings) g
    JOIN ref_communes c ON c.commune_code = g.commune_code
    GROUP BY g.grouping, COALESCE(g.zone, g.grouping)
),
names AS (
    SELECT 'commune' AS level, commune_code AS territory_code, commune_name AS territory_name
    FROM ref_communes
    UNION ALL
    SELECT 'epci', epci_code, MAX(epci_name)
    FROM ref_communes
    WHERE epci_code IS NOT NULL
    GROUP BY epci_code
    UNION ALL
    SELECT 'departement', departement_code, departement_name
    FROM ref_departements
    UNION ALL
    SELECT 'region', region_code, MAX(region_name)
    FROM ref_departements
    GROUP BY region_code
    UNION ALL
    SELECT 'france', 'FR', 'France'
    UNION ALL
    SELECT DISTINCT 'grouping:' || grouping, COALESCE(zone, grouping), COALESCE(zone, grouping)
    FROM ref_groupings
),
joined AS (
    SELECT c.*,
           n.territory_name,
           CASE WHEN c.level IN ('departement', 'region', 'france') THEN ip.population ELSE cp.population END
               AS population,
           CASE WHEN c.level IN ('departement', 'region', 'france') THEN pb.band ELSE 'population_municipale' END
               AS denominator,
           CASE WHEN c.level IN ('departement', 'region', 'france') THEN ip.population_year END AS population_year
    FROM dg_counts c
    LEFT JOIN vocab_public_bands pb ON pb.public = c.public
    LEFT JOIN insee_population ip
           ON ip.level = c.level AND ip.territory_code = c.territory_code AND ip.period = c.period
          AND ip.band = pb.band
    LEFT JOIN cog_population cp ON cp.level = c.level AND cp.territory_code = c.territory_code
    LEFT JOIN names n ON n.level = c.level AND n.territory_code = c.territory_code
)
SELECT joined.*,
       CASE WHEN population > 0 THEN CAST(persons AS DOUBLE) * 10000 / CAST(population AS DOUBLE) END AS rate
FROM joined
