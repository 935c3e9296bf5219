-- Test step reading the previous one once; the last step, read by the caller.
SELECT grp, total, FLOOR(total / SUM(total) OVER () * 100 + 0.5) / 100 AS share
FROM totals
ORDER BY grp
