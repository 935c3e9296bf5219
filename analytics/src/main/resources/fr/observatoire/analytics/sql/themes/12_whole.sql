-- themes step 12: observations of the whole selection per item (item_kind 'all': every observation with text).
SELECT item_kind, item, CAST(SUM(n) AS BIGINT) AS observations
FROM th_place_items
GROUP BY item_kind, item
