-- The period range of the themes of one territory: the range holding the fiche's period, else the latest one.
WITH ranges AS (
  SELECT DISTINCT coalesce(CAST(period_from AS VARCHAR), '') AS period_from,
         coalesce(CAST(period_to AS VARCHAR), '') AS period_to
  FROM theme_counts
  WHERE CAST(level AS VARCHAR) = ? AND CAST(territory_code AS VARCHAR) = ?
)
SELECT period_from, period_to
FROM ranges
ORDER BY (CAST(? AS VARCHAR) BETWEEN period_from AND period_to) DESC, period_to DESC, period_from DESC
LIMIT 1
