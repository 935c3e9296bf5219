-- The first rejects of each code (? per code), to show the contributor what to fix: the first of every code, then
-- the second of every code, and so on.
SELECT code, source_file, source_line, field, message
FROM (
    SELECT code, source_file, source_line, field, message,
           row_number() OVER (PARTITION BY code ORDER BY source_file, source_line, field) AS n
    FROM read_parquet(${files}, union_by_name = true, hive_partitioning = false)
)
WHERE n <= ?
ORDER BY n, code, source_file, source_line, field
