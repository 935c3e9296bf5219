-- One dataset folder loaded into an in-memory table (reports query it many times; files are read once). {name} is a fixed view name from LakeDataset; {glob} is quoted by Sql.literal.
-- {optional} is a SELECT of NULL columns that the dataset may lack: UNION ALL BY NAME adds them as NULL.
CREATE OR REPLACE TABLE {name} AS
SELECT * FROM ({optional}) WHERE false
UNION ALL BY NAME
SELECT * FROM read_parquet({glob}, union_by_name = true, hive_partitioning = true)
