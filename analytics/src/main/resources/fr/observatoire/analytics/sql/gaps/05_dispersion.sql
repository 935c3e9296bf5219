-- gaps step 5: dispersion of the equipment rates across covered departements, per category, as DREES reports it:
-- the coefficient of variation is the (population) standard deviation of the departement rates over their
-- unweighted mean.
SELECT category,
       public,
       target_band AS denominator,
       population_year,
       CAST(COUNT(rate) AS INTEGER) AS departements,
       FLOOR(AVG(rate) * 1000 + 0.5) / 1000 AS mean_places_per_1000,
       FLOOR(STDDEV_POP(rate) * 1000 + 0.5) / 1000 AS stddev_places_per_1000,
       CASE WHEN AVG(rate) > 0 THEN FLOOR(STDDEV_POP(rate) / AVG(rate) * 10000 + 0.5) / 10000 END
           AS coefficient_of_variation
FROM gp_rated
WHERE level = 'departement' AND rate IS NOT NULL
GROUP BY category, public, target_band, population_year
ORDER BY category
