-- Completeness and freshness of one territory (quality/territories), columns as the quality job writes them.
SELECT * EXCLUDE (level, territory_code)
FROM quality_territories
WHERE CAST(level AS VARCHAR) = ? AND CAST(territory_code AS VARCHAR) = ?
