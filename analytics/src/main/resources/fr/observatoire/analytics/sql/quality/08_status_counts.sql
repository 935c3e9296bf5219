-- Contributors per reporting status, for the run summary.
SELECT status, CAST(COUNT(*) AS BIGINT) AS contributors
FROM quality_contributors
GROUP BY status
ORDER BY status
