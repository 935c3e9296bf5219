-- Communes for Territories.load: ${communes} is the quoted glob of <lake>/reference/communes.
SELECT commune_code, commune_name, departement_code, region_code, epci_code,
       coalesce(population, 0) AS population, postal_codes
FROM read_parquet(${communes})
ORDER BY commune_code
