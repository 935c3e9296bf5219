-- Every territory of the diagnostic, with the name it carries there.
SELECT CAST(level AS VARCHAR) AS level, CAST(territory_code AS VARCHAR) AS code, any_value(CAST(territory_name AS VARCHAR)) AS name
FROM diagnostic
GROUP BY 1, 2
ORDER BY 1, 2
