SELECT DISTINCT CAST(c.departement_code AS VARCHAR)
FROM groupings g JOIN ref_communes c ON CAST(c.commune_code AS VARCHAR) = CAST(g.commune_code AS VARCHAR)
WHERE CAST(g.grouping AS VARCHAR) = ? ORDER BY 1
