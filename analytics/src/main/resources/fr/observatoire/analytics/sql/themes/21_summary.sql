-- themes summary: observations with at least one theme.
SELECT CAST(COUNT(DISTINCT observation_id) AS BIGINT) AS with_themes FROM th_observation_themes
