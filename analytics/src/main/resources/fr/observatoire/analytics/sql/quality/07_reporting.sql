-- Reporting rate per period: contributors expected against contributors received. Expected: the contributors of
-- reference/contributors when it has rows, otherwise those seen in an earlier period. Received: expected
-- contributors with at least one observation in the period; newcomers are counted apart.
WITH periods AS (
    SELECT DISTINCT period FROM quality_rows WHERE period IS NOT NULL
), seen AS (
    SELECT DISTINCT contributor, period FROM quality_rows WHERE contributor IS NOT NULL AND period IS NOT NULL
), first_seen AS (
    SELECT contributor, MIN(period) AS first_period FROM seen GROUP BY contributor
), declared AS (
    SELECT DISTINCT contributor FROM ref_contributors WHERE contributor IS NOT NULL
), has_reference AS (
    SELECT COUNT(*) AS declared_count FROM declared
), expected AS (
    SELECT p.period, d.contributor
    FROM periods p CROSS JOIN declared d
    UNION
    SELECT p.period, f.contributor
    FROM periods p
    CROSS JOIN has_reference h
    JOIN first_seen f ON f.first_period < p.period
    WHERE h.declared_count = 0
), counted AS (
    SELECT p.period,
           CAST(COUNT(DISTINCT e.contributor) AS BIGINT) AS expected_contributors,
           CAST(COUNT(DISTINCT CASE WHEN s.contributor IS NOT NULL THEN e.contributor END) AS BIGINT)
               AS received_contributors
    FROM periods p
    LEFT JOIN expected e ON e.period = p.period
    LEFT JOIN seen s ON s.period = e.period AND s.contributor = e.contributor
    GROUP BY p.period
), newcomers AS (
    SELECT s.period, CAST(COUNT(*) AS BIGINT) AS new_contributors
    FROM seen s
    LEFT JOIN expected e ON e.period = s.period AND e.contributor = s.contributor
    WHERE e.contributor IS NULL
    GROUP BY s.period
)
SELECT c.period, c.expected_contributors, c.received_contributors,
       CASE WHEN c.expected_contributors > 0
            THEN CAST(c.received_contributors AS DOUBLE) / CAST(c.expected_contributors AS DOUBLE) END
           AS reporting_rate,
       COALESCE(n.new_contributors, CAST(0 AS BIGINT)) AS new_contributors
FROM counted c
LEFT JOIN newcomers n ON n.period = c.period
ORDER BY c.period
