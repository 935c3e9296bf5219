-- Files with at least one erased row: how many rows go, how many stay.
SELECT filename, count(*) FILTER (WHERE erased(t)) AS erased, count(*) FILTER (WHERE NOT erased(t)) AS kept
FROM read_parquet(${files}, union_by_name = true, hive_partitioning = false, filename = true) AS t
GROUP BY filename
HAVING count(*) FILTER (WHERE erased(t)) > 0
ORDER BY filename
