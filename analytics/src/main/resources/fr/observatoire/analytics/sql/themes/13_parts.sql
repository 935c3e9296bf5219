-- themes step 13: the 2x2 tables of the specificities. A part (k observations with the item out of n) against its
-- whole (K out of N): 'ensemble' is the territory against every observation of the selection; an actor group is
-- its observations in the territory against all observations of the territory.
SELECT c.level, c.territory_code, 'ensemble' AS actor_group, c.item_kind, c.item,
       c.observations AS k, c.t_observations AS n, w.observations AS big_k, a.observations AS big_n
FROM th_cell_totals c
JOIN th_whole w ON w.item_kind = c.item_kind AND w.item = c.item
CROSS JOIN (SELECT observations FROM th_whole WHERE item_kind = 'all') a
UNION ALL
SELECT level, territory_code, 'usagers_habitants', item_kind, item,
       usagers_habitants, t_usagers_habitants, observations, t_observations
FROM th_cell_totals
UNION ALL
SELECT level, territory_code, 'professionnels', item_kind, item,
       professionnels, t_professionnels, observations, t_observations
FROM th_cell_totals
UNION ALL
SELECT level, territory_code, 'decideurs', item_kind, item, decideurs, t_decideurs, observations, t_observations
FROM th_cell_totals
UNION ALL
SELECT level, territory_code, 'financeurs', item_kind, item, financeurs, t_financeurs, observations, t_observations
FROM th_cell_totals
