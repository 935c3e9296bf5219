-- Free text for the bench observations, as the field writes it: a sentence of the observation's need domain
-- (bench_texts, from fr/observatoire/analytics/bench/texts.csv, the wording of the committed samples) with the
-- commune's name, sometimes an opening ("Constat : ") and a second clause; 7 % without text. Deterministic: every
-- choice is a function of the observation id and the seed. Rewrites the observations to ${target}, same layout.
-- ?1 seed (BIGINT)
COPY (
    WITH templates AS (
        SELECT need_domain, text,
               ROW_NUMBER() OVER (PARTITION BY need_domain ORDER BY text) - 1 AS i,
               COUNT(*) OVER (PARTITION BY need_domain) AS n
        FROM bench_texts
    ), openings AS (
        SELECT * FROM (VALUES (0, ''), (1, ''), (2, ''), (3, 'Constat : '), (4, 'Observation : '),
                              (5, 'Situation remontée par l''équipe : '), (6, 'À signaler : '),
                              (7, 'Retour du terrain : ')) v(i, opening)
    ), seconds AS (
        SELECT * FROM (VALUES (0, 'situation déjà signalée l''an dernier'), (1, 'l''aidant est épuisé'),
                              (2, 'pas de solution proposée à ce jour'), (3, 'la famille envisage un départ en Belgique'),
                              (4, 'relance faite auprès de la MDPH'), (5, 'les partenaires sont informés'),
                              (6, 'demande d''un rendez-vous avec l''élu')) v(i, second)
    ), communes AS (
        SELECT commune_code, commune_name FROM read_parquet(${communes_parquet})
    ), obs AS (
        SELECT *, hash(observation_id, CAST(? AS BIGINT), 11) AS h
        FROM read_parquet(${observations_glob}, hive_partitioning = true, hive_types_autocast = false)
    )
    SELECT o.* EXCLUDE (h) REPLACE (
               CASE WHEN o.h % 100 < 7 OR t.text IS NULL THEN NULL
                    ELSE op.opening || replace(t.text, '{ville}', COALESCE(c.commune_name, 'la commune'))
                         || CASE WHEN (o.h // 100) % 100 < 25 THEN ', ' || s.second ELSE '' END
               END AS text)
    FROM obs o
    LEFT JOIN templates t ON t.need_domain = o.need_domain AND t.i = (o.h // 10000) % t.n
    LEFT JOIN openings op ON op.i = (o.h // 1000000) % 8
    LEFT JOIN seconds s ON s.i = (o.h // 100000000) % 7
    LEFT JOIN communes c ON c.commune_code = o.commune_code
) TO ${target} (FORMAT parquet, PARTITION_BY (batch_id), OVERWRITE_OR_IGNORE, FILENAME_PATTERN 'part_{i}')
