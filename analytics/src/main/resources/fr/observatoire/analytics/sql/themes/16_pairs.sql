-- themes step 16: pairs of items of the same kind in one observation (item_a < item_b), counted per place.
SELECT o.place_key, a.item_kind, a.item AS item_a, b.item AS item_b, CAST(COUNT(*) AS BIGINT) AS n
FROM th_pair_items a
JOIN th_pair_items b ON b.observation_id = a.observation_id AND b.item_kind = a.item_kind AND a.item < b.item
JOIN th_obs o ON o.observation_id = a.observation_id
GROUP BY o.place_key, a.item_kind, a.item, b.item
