-- The reference tables the jobs read, from the real files of data-samples/reference (COG 2026, INSEE estimates),
-- with the columns of fr.observatoire.lake.ReferenceTable. A bench convenience: a real lake gets them from the
-- reference import.
-- ${communes_parquet}, ${departements_csv}, ${departements_parquet}, ${population_csv}, ${population_parquet},
-- ${epci_csv}, ${epci_parquet}, ${supply_parquet}
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
) TO ${epci_parquet} (FORMAT parquet);
COPY (
    -- SYNTHETIC supply, for timing only: one establishment per departement and category at the chef-lieu, with
    -- places around a plausible equipment rate (EHPAD ~ 95 per 1,000 aged 75+...), varied by a hash. Never use it
    -- as a figure: the real registry comes from FINESS through the reference import.
    WITH categories AS (
        SELECT * FROM (VALUES ('EHPAD', 'personnes_agees', 95.0), ('SSIAD', 'personnes_agees', 20.0),
                              ('IME', 'enfants_handicapes', 4.5), ('SESSAD', 'enfants_handicapes', 3.5),
                              ('MAS', 'adultes_handicapes', 0.8), ('FAM', 'adultes_handicapes', 0.9),
                              ('ESAT', 'adultes_handicapes', 3.5), ('SAVS', 'adultes_handicapes', 1.5),
                              ('SAMSAH', 'adultes_handicapes', 0.4)) t(category, public, per_1000)
    ), departements AS (
        SELECT code_departement AS departement_code, chef_lieu AS commune_code
        FROM read_csv(${departements_csv}, header = true, all_varchar = true)
    ), population AS (
        SELECT dep_code AS departement_code, CAST(pop_0_19 AS BIGINT) AS pop_0_19,
               CAST(pop_20_59 AS BIGINT) AS pop_20_59, CAST(pop_75_plus AS BIGINT) AS pop_75_plus
        FROM read_csv(${population_csv}, header = true, all_varchar = true)
        WHERE annee = '2025'
    )
    SELECT 'SYN-' || d.departement_code || '-' || c.category AS establishment_id,
           c.category || ' ' || d.departement_code AS name, c.category AS category_code, c.category,
           c.public,
           CAST(c.per_1000 * (0.6 + (hash(d.departement_code, c.category) % 80) / 100.0)
                * CASE c.public WHEN 'personnes_agees' THEN p.pop_75_plus WHEN 'enfants_handicapes' THEN p.pop_0_19
                                ELSE p.pop_20_59 END / 1000.0 AS INTEGER) AS places,
           d.commune_code, d.departement_code,
           'synthetique (bench)' AS source, '2025' AS vintage
    FROM departements d
    JOIN population p ON p.departement_code = d.departement_code
    CROSS JOIN categories c
    WHERE hash(d.departement_code, c.category) % 13 <> 0
) TO ${supply_parquet} (FORMAT parquet)
