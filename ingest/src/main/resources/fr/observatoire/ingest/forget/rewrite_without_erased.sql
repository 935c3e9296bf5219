-- The file without its erased rows, in file order.
COPY (
    SELECT * FROM read_parquet(${file}, hive_partitioning = false) AS t WHERE NOT erased(t)
) TO ${target} (FORMAT parquet)
