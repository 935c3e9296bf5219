-- Theme codes present in the themes output, with their labels (requests may name them).
SELECT CAST(theme AS VARCHAR) AS theme, any_value(CAST(label AS VARCHAR)) AS label
FROM theme_counts
WHERE theme IS NOT NULL
GROUP BY 1
ORDER BY 1
