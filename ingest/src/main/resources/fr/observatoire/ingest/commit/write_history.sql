-- The superseded rows, with the batch they came from (from the hive folder) and when they were superseded (?).
COPY (
    SELECT o.*, CAST(? AS TIMESTAMP) AS superseded_at
    FROM read_parquet(${files}, union_by_name = true, hive_partitioning = true) AS o
    WHERE EXISTS (SELECT 1 FROM incoming_keys AS k
                  WHERE k.observation_id = o.observation_id AND k.contributor = o.contributor)
) TO ${target} (FORMAT parquet)
