-- Communes of the COG with a population, and the population of all communes before each one (in code order):
-- a draw in [0, total population) falls in a commune with a probability proportional to its population.
-- ${communes_csv}: data-samples/reference/communes_2026.csv
CREATE OR REPLACE TABLE bench_communes AS
WITH communes AS (
    SELECT code_insee AS commune_code, nom AS commune_name, code_departement AS departement_code,
           code_region AS region_code, NULLIF(siren_epci, '') AS epci_code, NULLIF(nom_epci, '') AS epci_name,
           CAST(population_municipale AS BIGINT) AS population
    FROM read_csv(${communes_csv}, header = true, all_varchar = true)
    WHERE population_municipale IS NOT NULL AND population_municipale <> ''
)
SELECT *, COALESCE(SUM(population) OVER (ORDER BY commune_code ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                   0) AS population_before
FROM communes
WHERE population > 0
