-- Population municipale of a territory from the communes reference table, with its source and vintage.
-- France is every commune of the reference, whatever code the diagnostic gives it.
SELECT sum(TRY_CAST(c.population AS BIGINT)) AS population, count(*) AS communes,
       any_value(CAST(c.source AS VARCHAR)) AS source, any_value(CAST(c.vintage AS VARCHAR)) AS vintage
FROM territory_communes t
JOIN ref_communes c ON CAST(c.commune_code AS VARCHAR) = t.commune_code
WHERE t.level = ? AND (t.code = ? OR t.level = 'france')
