-- Test stager: the rows whose `erreur` names a reject code, one reject row each, with the lake's reject columns.
-- Bound: source file, source group, contributor, ingested_at.
COPY (
    SELECT CAST(? AS VARCHAR) AS source_file,
           CAST(line AS BIGINT) AS source_line,
           'commune_code' AS field,
           'commune' AS column_name,
           erreur AS code,
           commune AS raw_value,
           'Cannot use commune ''' || coalesce(commune, '') || ''': ' || erreur || ' (line ' || line || ')' AS message,
           CAST(json_object('id', observation_id, 'commune', commune, 'description', description) AS VARCHAR)
               AS raw_record,
           CAST(? AS VARCHAR) AS source_group,
           CAST(? AS VARCHAR) AS contributor,
           CAST(? AS TIMESTAMP) AS ingested_at
    FROM (SELECT *, row_number() OVER () + 1 AS line
          FROM read_csv(${file}, delim = ';', header = true, all_varchar = true))
    WHERE coalesce(erreur, '') <> ''
) TO ${target} (FORMAT parquet)
