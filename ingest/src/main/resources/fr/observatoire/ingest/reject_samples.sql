-- The first rejects of each code (? per code), in file and line order, to show the contributor what to fix.
SELECT code, source_file, source_line, field, message
FROM (
    SELECT code, source_file, source_line, field, message,
           row_number() OVER (PARTITION BY code ORDER BY source_file, source_line, field) AS n
    FROM read_parquet(${files}, union_by_name = true, hive_partitioning = false)
)
WHERE n <= ?
ORDER BY code, source_file, source_line, field
