-- Every theme × actor group cell of every territory, over the period range a fiche of period ? would show
-- in the order of a fiche (the range holding the period, else the latest), for site-wide disclosure control.
WITH ranked AS (
  SELECT *, dense_rank() OVER (PARTITION BY level, territory_code ORDER BY
           (CAST(? AS VARCHAR) BETWEEN coalesce(CAST(period_from AS VARCHAR), '') AND coalesce(CAST(period_to AS VARCHAR), '')) DESC,
           coalesce(CAST(period_to AS VARCHAR), '') DESC, coalesce(CAST(period_from AS VARCHAR), '') DESC) AS pick
  FROM theme_counts
)
SELECT CAST(level AS VARCHAR) AS level, CAST(territory_code AS VARCHAR) AS code, CAST(theme AS VARCHAR) AS theme,
       coalesce(TRY_CAST(observations AS BIGINT), 0) AS observations,
       coalesce(TRY_CAST(usagers_habitants AS BIGINT), 0) AS usagers_habitants,
       coalesce(TRY_CAST(professionnels AS BIGINT), 0) AS professionnels,
       coalesce(TRY_CAST(decideurs AS BIGINT), 0) AS decideurs,
       coalesce(TRY_CAST(financeurs AS BIGINT), 0) AS financeurs
FROM ranked
WHERE pick = 1
ORDER BY 1, 2, observations DESC, theme
