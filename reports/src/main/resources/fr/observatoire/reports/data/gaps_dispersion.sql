-- Dispersion of equipment rates between départements, per supply category (gaps_dispersion).
SELECT CAST(category AS VARCHAR) AS category, CAST(public AS VARCHAR) AS public,
       TRY_CAST(departements AS INTEGER) AS departements,
       TRY_CAST(mean_places_per_1000 AS DOUBLE) AS mean_places_per_1000,
       TRY_CAST(stddev_places_per_1000 AS DOUBLE) AS stddev_places_per_1000,
       TRY_CAST(coefficient_of_variation AS DOUBLE) AS coefficient_of_variation
FROM gaps_dispersion
ORDER BY coefficient_of_variation DESC NULLS LAST, category
