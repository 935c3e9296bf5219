-- themes step 18: for each place x item, the ?1 latest observations with the item (then by id): a territory's
-- latest lines are among the latest lines of its places, so the concordance never joins every observation with
-- every territory holding it.
-- ?1 maximum lines per cell (INTEGER)
SELECT place_key, item_kind, item, label, observation_id, observed_on, actor_group, public, need_domain,
       start_offset, end_offset
FROM (
    SELECT o.place_key, i.item_kind, i.item, i.label, o.observation_id, o.observed_on, o.actor_group, o.public,
           o.need_domain, i.start_offset, i.end_offset, p.max_lines,
           ROW_NUMBER() OVER (PARTITION BY o.place_key, i.item_kind, i.item
                              ORDER BY o.observed_on DESC, o.observation_id) AS r
    FROM th_obs o
    JOIN th_items i ON i.observation_id = o.observation_id
    CROSS JOIN (SELECT CAST(? AS INTEGER) AS max_lines) p
) ranked
WHERE r <= max_lines
