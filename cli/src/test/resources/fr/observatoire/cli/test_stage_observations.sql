-- Test stager: the valid rows (empty `erreur`) of a ';' CSV as observation rows with exactly the lake's file columns.
-- Bound: source group, contributor, source file, ingested_at.
COPY (
    SELECT observation_id,
           CAST(? AS VARCHAR) AS source_group,
           CAST(? AS VARCHAR) AS contributor,
           DATE '2025-03-14' AS observed_on,
           '2025' AS period,
           commune AS commune_code,
           CAST(NULL AS VARCHAR) AS epci_code,
           left(commune, 2) AS departement_code,
           CAST(NULL AS VARCHAR) AS region_code,
           'commune' AS territory_precision,
           'personnes_agees' AS public,
           'maintien_domicile' AS need_domain,
           'besoin_non_couvert' AS kind,
           CAST(3 AS INTEGER) AS persons,
           CAST(2 AS INTEGER) AS severity,
           CAST(NULL AS INTEGER) AS waiting_days,
           description AS text,
           CAST(NULL AS VARCHAR) AS form_version,
           CAST(0 AS INTEGER) AS redactions,
           CAST(? AS VARCHAR) AS source_file,
           CAST(line AS BIGINT) AS source_line,
           CAST(? AS TIMESTAMP) AS ingested_at
    FROM (SELECT *, row_number() OVER () + 1 AS line
          FROM read_csv(${file}, delim = ';', header = true, all_varchar = true))
    WHERE coalesce(erreur, '') = ''
) TO ${target} (FORMAT parquet)
