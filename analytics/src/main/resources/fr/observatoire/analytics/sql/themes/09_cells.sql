-- themes step 9: per territory x item (item_kind 'all': the territory's observations with text), observations in
-- all and per actor group, how many actor groups, how many distinct contributors.
SELECT p.level, p.territory_code, c.item_kind, c.item,
       CAST(SUM(c.n) AS BIGINT) AS observations,
       CAST(SUM(CASE WHEN c.actor_group = 'usagers_habitants' THEN c.n ELSE 0 END) AS BIGINT) AS usagers_habitants,
       CAST(SUM(CASE WHEN c.actor_group = 'professionnels' THEN c.n ELSE 0 END) AS BIGINT) AS professionnels,
       CAST(SUM(CASE WHEN c.actor_group = 'decideurs' THEN c.n ELSE 0 END) AS BIGINT) AS decideurs,
       CAST(SUM(CASE WHEN c.actor_group = 'financeurs' THEN c.n ELSE 0 END) AS BIGINT) AS financeurs,
       CAST(COUNT(DISTINCT c.actor_group) AS INTEGER) AS source_groups,
       CAST(COUNT(DISTINCT c.contributor) AS BIGINT) AS contributors
FROM th_place_items c
JOIN th_places p ON p.place_key = c.place_key
GROUP BY p.level, p.territory_code, c.item_kind, c.item
