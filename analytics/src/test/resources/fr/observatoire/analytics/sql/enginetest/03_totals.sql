-- Test step without parameters that the next step reads once (DuckDB plans it as a view).
SELECT grp, CAST(SUM(v) AS DOUBLE) AS total
FROM things
GROUP BY grp
