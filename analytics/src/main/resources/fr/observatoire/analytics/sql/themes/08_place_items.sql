-- themes step 8: observations per place x actor group x contributor x item, plus the totals of each place as the
-- item kind 'all' (item ''): what every territory's counts sum from (an observation lives in exactly one place, so
-- sums over places are counts of observations).
SELECT o.place_key, o.actor_group, o.contributor, i.item_kind, i.item, CAST(COUNT(*) AS BIGINT) AS n
FROM th_obs o
JOIN th_items i ON i.observation_id = o.observation_id
GROUP BY o.place_key, o.actor_group, o.contributor, i.item_kind, i.item
UNION ALL
SELECT place_key, actor_group, contributor, 'all' AS item_kind, '' AS item, CAST(COUNT(*) AS BIGINT) AS n
FROM th_obs
GROUP BY place_key, actor_group, contributor
