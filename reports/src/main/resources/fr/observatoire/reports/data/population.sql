-- Population municipale of a territory from the communes reference table, with its source and vintage.
WITH t AS (SELECT CAST(? AS VARCHAR) AS level, CAST(? AS VARCHAR) AS code)
SELECT sum(TRY_CAST(c.population AS BIGINT)) AS population, count(*) AS communes,
       any_value(CAST(c.source AS VARCHAR)) AS source, any_value(CAST(c.vintage AS VARCHAR)) AS vintage
FROM ref_communes c, t
WHERE (t.level = 'commune' AND c.commune_code = t.code)
   OR (t.level = 'epci' AND c.epci_code = t.code)
   OR (t.level = 'departement' AND c.departement_code = t.code)
   OR (t.level = 'region' AND c.region_code = t.code)
   OR t.level = 'france'
   OR (t.level LIKE 'grouping:%' AND c.commune_code IN (
        SELECT g.commune_code FROM groupings g
        WHERE g.grouping = substr(t.level, 10) AND (g.grouping = t.code OR coalesce(g.zone, g.grouping) = t.code)))
