-- The file as it was, without the rows the new batch re-sends (file order kept).
COPY (
    SELECT o.*
    FROM read_parquet(${file}, hive_partitioning = false) AS o
    WHERE NOT EXISTS (SELECT 1 FROM incoming_keys AS k
                      WHERE k.observation_id = o.observation_id AND k.contributor = o.contributor)
) TO ${target} (FORMAT parquet)
