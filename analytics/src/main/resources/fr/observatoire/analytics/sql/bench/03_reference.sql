-- The reference tables the jobs read, from the real files of data-samples/reference (COG 2026, INSEE estimates),
-- with the columns of fr.observatoire.lake.ReferenceTable. A bench convenience: a real lake gets them from the
-- reference import.
-- ${communes_parquet}, ${departements_csv}, ${departements_parquet}, ${population_csv}, ${population_parquet},
-- ${epci_csv}, ${epci_parquet}
COPY (
    SELECT commune_code, commune_name, departement_code, region_code, epci_code, epci_name, population,
           'INSEE COG 2026, population municipale 2023' AS source, '2026' AS vintage
    FROM bench_communes
) TO ${communes_parquet} (FORMAT parquet);
COPY (
    SELECT code_departement AS departement_code, nom AS departement_name, code_region AS region_code,
           nom_region AS region_name, zone, CAST(population_municipale_somme_communes AS BIGINT) AS population,
           'INSEE COG 2026' AS source, '2026' AS vintage
    FROM read_csv(${departements_csv}, header = true, all_varchar = true)
) TO ${departements_parquet} (FORMAT parquet);
COPY (
    SELECT dep_code AS departement_code, CAST(annee AS INTEGER) AS year,
           CAST(pop_totale AS BIGINT) AS pop_totale, CAST(pop_0_19 AS BIGINT) AS pop_0_19,
           CAST(pop_20_59 AS BIGINT) AS pop_20_59, CAST(pop_60_plus AS BIGINT) AS pop_60_plus,
           CAST(pop_65_plus AS BIGINT) AS pop_65_plus, CAST(pop_75_plus AS BIGINT) AS pop_75_plus,
           CAST(pop_85_plus AS BIGINT) AS pop_85_plus,
           'Insee, estimations de population' AS source, annee AS vintage
    FROM read_csv(${population_csv}, header = true, all_varchar = true)
) TO ${population_parquet} (FORMAT parquet);
COPY (
    SELECT siren_epci AS epci_code, nom AS epci_name, type AS epci_type,
           CAST(population_municipale AS BIGINT) AS population, CAST(nb_membres AS BIGINT) AS members,
           'DGCL 2026' AS source, '2026' AS vintage
    FROM read_csv(${epci_csv}, header = true, all_varchar = true)
) TO ${epci_parquet} (FORMAT parquet)
