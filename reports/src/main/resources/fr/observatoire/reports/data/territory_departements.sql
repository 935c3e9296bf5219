-- The départements a territory lies in (highlighted on the map); none for France.
SELECT DISTINCT CAST(c.departement_code AS VARCHAR) AS departement_code
FROM territory_communes t
JOIN ref_communes c ON CAST(c.commune_code AS VARCHAR) = t.commune_code
WHERE t.level = ? AND t.code = ? AND t.level <> 'france'
ORDER BY 1
