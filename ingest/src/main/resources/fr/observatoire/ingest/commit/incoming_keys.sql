-- The (observation_id, contributor) pairs a new batch sends: any current row with the same pair is superseded.
CREATE TEMP TABLE incoming_keys AS
SELECT DISTINCT observation_id, contributor
FROM read_parquet(${incoming}, union_by_name = true, hive_partitioning = false)
WHERE observation_id IS NOT NULL AND contributor IS NOT NULL
