-- diagnostic step 4: median and median absolute deviation (MAD) of the rate among the territories of one
-- level x period x public x need domain, and how many of them have a rate.
WITH medians AS (
    SELECT level, period, public, need_domain,
           CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY rate) AS DOUBLE) AS median_rate
    FROM dg_rates
    WHERE rate IS NOT NULL
    GROUP BY level, period, public, need_domain
)
SELECT r.level, r.period, r.public, r.need_domain, m.median_rate,
       CAST(COUNT(*) AS INTEGER) AS rated,
       CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY ABS(r.rate - m.median_rate)) AS DOUBLE) AS mad
FROM dg_rates r
JOIN medians m
  ON m.level = r.level AND m.period = r.period AND m.public = r.public AND m.need_domain = r.need_domain
WHERE r.rate IS NOT NULL
GROUP BY r.level, r.period, r.public, r.need_domain, m.median_rate
