-- themes step 11: each territory x item cell with the totals of its territory (t_*: observations with text).
SELECT c.level, c.territory_code, c.item_kind, c.item, c.observations, c.usagers_habitants, c.professionnels,
       c.decideurs, c.financeurs, c.source_groups, c.contributors,
       t.observations AS t_observations, t.usagers_habitants AS t_usagers_habitants,
       t.professionnels AS t_professionnels, t.decideurs AS t_decideurs, t.financeurs AS t_financeurs
FROM th_cells c
JOIN th_cells t ON t.level = c.level AND t.territory_code = c.territory_code AND t.item_kind = 'all'
WHERE c.item_kind IN ('theme', 'term')
