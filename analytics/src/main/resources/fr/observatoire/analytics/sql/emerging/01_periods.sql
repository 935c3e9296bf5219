-- The period tested and the baseline periods before it (the lake's own periods, latest first).
-- ?1 period tested (STRING, null: the latest period of the lake)
-- ?2 number of baseline periods (INTEGER)
WITH periods AS (
    SELECT DISTINCT period FROM observations WHERE period IS NOT NULL
), tested AS (
    SELECT COALESCE(CAST(? AS STRING), MAX(period)) AS period FROM periods
), earlier AS (
    SELECT p.period, ROW_NUMBER() OVER (ORDER BY p.period DESC) AS back
    FROM periods p CROSS JOIN tested t
    WHERE p.period < t.period
)
SELECT period, 'courante' AS role, CAST(0 AS INTEGER) AS back FROM tested WHERE period IS NOT NULL
UNION ALL
SELECT period, 'reference' AS role, CAST(back AS INTEGER) AS back FROM earlier WHERE back <= CAST(? AS INTEGER)
