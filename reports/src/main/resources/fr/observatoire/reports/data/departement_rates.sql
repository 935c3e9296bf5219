-- Persons concerned per 10,000 inhabitants for every département: the choropleth map.
SELECT CAST(d.territory_code AS VARCHAR) AS code,
       any_value(CAST(d.territory_name AS VARCHAR)) AS name,
       sum(coalesce(TRY_CAST(d.persons AS BIGINT), 0)) AS persons,
       any_value(TRY_CAST(r.population AS BIGINT)) AS population
FROM diagnostic d
LEFT JOIN ref_departements r ON CAST(r.departement_code AS VARCHAR) = CAST(d.territory_code AS VARCHAR)
WHERE CAST(d.level AS VARCHAR) = 'departement' AND CAST(d.period AS VARCHAR) = ?
GROUP BY 1
ORDER BY 1
