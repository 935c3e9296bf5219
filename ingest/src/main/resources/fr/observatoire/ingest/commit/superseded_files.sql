-- Current observation files holding rows that the new batch re-sends, with how many such rows each holds.
SELECT o.filename, count(*) AS superseded
FROM read_parquet(${files}, union_by_name = true, hive_partitioning = false, filename = true) AS o
WHERE EXISTS (SELECT 1 FROM incoming_keys AS k
              WHERE k.observation_id = o.observation_id AND k.contributor = o.contributor)
GROUP BY o.filename
