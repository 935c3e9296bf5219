-- Equipment rates of one territory against the national and regional medians.
SELECT CAST(public AS VARCHAR) AS public,
       CAST(category AS VARCHAR) AS category,
       TRY_CAST(places AS BIGINT) AS places,
       TRY_CAST(target_population AS BIGINT) AS target_population,
       TRY_CAST(places_per_1000 AS DOUBLE) AS places_per_1000,
       TRY_CAST(reference_national_median AS DOUBLE) AS reference_national_median,
       TRY_CAST(reference_regional_median AS DOUBLE) AS reference_regional_median,
       TRY_CAST(places_to_reference AS DOUBLE) AS places_to_reference,
       TRY_CAST(expressed_need_persons AS BIGINT) AS expressed_need_persons,
       coalesce(TRY_CAST(zone_blanche AS BOOLEAN), false) AS zone_blanche,
       TRY_CAST(priority_rank AS INTEGER) AS priority_rank,
       TRY_CAST(expressed_need_observations AS BIGINT) AS expressed_need_observations
FROM gaps
WHERE CAST(level AS VARCHAR) = ? AND CAST(territory_code AS VARCHAR) = ?
ORDER BY priority_rank NULLS LAST, category, public
