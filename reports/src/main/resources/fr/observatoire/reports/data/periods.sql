SELECT DISTINCT CAST(period AS VARCHAR) AS period
FROM diagnostic
WHERE CAST(level AS VARCHAR) = ? AND CAST(territory_code AS VARCHAR) = ?
ORDER BY 1
