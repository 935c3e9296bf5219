-- Specificities of the themes of one territory over one period range: the territory against the whole of its level
-- ('ensemble') and each actor group against the territory.
SELECT CAST(actor_group AS VARCHAR) AS actor_group, CAST(item AS VARCHAR) AS item, CAST(label AS VARCHAR) AS label,
       coalesce(TRY_CAST(count AS BIGINT), 0) AS count,
       TRY_CAST(part_observations AS BIGINT) AS part_observations,
       TRY_CAST(total_count AS BIGINT) AS total_count,
       TRY_CAST(total_observations AS BIGINT) AS total_observations,
       TRY_CAST(expected AS DOUBLE) AS expected,
       TRY_CAST(score AS DOUBLE) AS score,
       TRY_CAST(p_value AS DOUBLE) AS p_value,
       CAST(direction AS VARCHAR) AS direction,
       TRY_CAST(rank AS INTEGER) AS rank
FROM theme_specificities
WHERE CAST(level AS VARCHAR) = ? AND CAST(territory_code AS VARCHAR) = ?
  AND coalesce(CAST(period_from AS VARCHAR), '') = ? AND coalesce(CAST(period_to AS VARCHAR), '') = ?
  AND CAST(item_kind AS VARCHAR) = 'theme'
ORDER BY actor_group, rank NULLS LAST, score DESC NULLS LAST, item
