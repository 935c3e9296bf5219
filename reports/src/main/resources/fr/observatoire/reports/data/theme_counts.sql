-- Themes of one territory over one period range, most frequent first.
SELECT CAST(theme AS VARCHAR) AS theme, CAST(label AS VARCHAR) AS label,
       coalesce(TRY_CAST(observations AS BIGINT), 0) AS observations,
       TRY_CAST(territory_observations AS BIGINT) AS territory_observations,
       TRY_CAST(share AS DOUBLE) AS share,
       coalesce(TRY_CAST(usagers_habitants AS BIGINT), 0) AS usagers_habitants,
       coalesce(TRY_CAST(professionnels AS BIGINT), 0) AS professionnels,
       coalesce(TRY_CAST(decideurs AS BIGINT), 0) AS decideurs,
       coalesce(TRY_CAST(financeurs AS BIGINT), 0) AS financeurs,
       TRY_CAST(source_groups AS INTEGER) AS source_groups,
       TRY_CAST(rank AS INTEGER) AS rank
FROM theme_counts
WHERE CAST(level AS VARCHAR) = ? AND CAST(territory_code AS VARCHAR) = ?
  AND coalesce(CAST(period_from AS VARCHAR), '') = ? AND coalesce(CAST(period_to AS VARCHAR), '') = ?
ORDER BY observations DESC, theme
