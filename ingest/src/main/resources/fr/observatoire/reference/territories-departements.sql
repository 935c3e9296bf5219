-- Départements for Territories.load: ${departements} is the quoted glob of <lake>/reference/departements.
SELECT departement_code, region_code
FROM read_parquet(${departements})
