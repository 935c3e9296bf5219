-- Verbatims in context (KWIC) of the themes of one territory over one period range, in the job's order.
SELECT CAST(item AS VARCHAR) AS item, CAST(observation_id AS VARCHAR) AS observation_id,
       CAST(actor_group AS VARCHAR) AS actor_group, CAST(public AS VARCHAR) AS public,
       CAST(need_domain AS VARCHAR) AS need_domain,
       coalesce(CAST(left_context AS VARCHAR), '') AS left_context, CAST(keyword AS VARCHAR) AS keyword,
       coalesce(CAST(right_context AS VARCHAR), '') AS right_context,
       coalesce(TRY_CAST(cell_observations AS BIGINT), 0) AS cell_observations
FROM theme_concordance
WHERE CAST(level AS VARCHAR) = ? AND CAST(territory_code AS VARCHAR) = ?
  AND coalesce(CAST(period_from AS VARCHAR), '') = ? AND coalesce(CAST(period_to AS VARCHAR), '') = ?
  AND CAST(item_kind AS VARCHAR) = 'theme' AND keyword IS NOT NULL
ORDER BY item, TRY_CAST(line AS INTEGER) NULLS LAST, observation_id
