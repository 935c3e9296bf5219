-- The départements a territory lies in (highlighted on the map).
WITH t AS (SELECT CAST(? AS VARCHAR) AS level, CAST(? AS VARCHAR) AS code)
SELECT DISTINCT CAST(c.departement_code AS VARCHAR) AS departement_code
FROM ref_communes c, t
WHERE (t.level = 'commune' AND c.commune_code = t.code)
   OR (t.level = 'epci' AND c.epci_code = t.code)
   OR (t.level = 'departement' AND c.departement_code = t.code)
   OR (t.level = 'region' AND c.region_code = t.code)
   OR (t.level LIKE 'grouping:%' AND c.commune_code IN (
        SELECT g.commune_code FROM groupings g
        WHERE g.grouping = substr(t.level, 10) AND (g.grouping = t.code OR coalesce(g.zone, g.grouping) = t.code)))
ORDER BY 1
