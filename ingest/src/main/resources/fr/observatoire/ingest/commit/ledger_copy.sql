INSERT INTO ledger BY NAME SELECT * FROM read_parquet(${files}, union_by_name = true, hive_partitioning = false)
