-- themes output theme_counts: per territory x theme found there, observations in all and per actor group, share of
-- the territory's observations with text, rank (1 = most frequent; ties by theme code).
SELECT c.level, c.territory_code, p.period_from, p.period_to, c.item AS theme, v.label,
       c.observations, t.observations AS territory_observations,
       CAST(c.observations AS DOUBLE) / CAST(t.observations AS DOUBLE) AS share,
       c.usagers_habitants, c.professionnels, c.decideurs, c.financeurs, c.source_groups,
       CAST(ROW_NUMBER() OVER (PARTITION BY c.level, c.territory_code ORDER BY c.observations DESC, c.item)
            AS INTEGER) AS rank
FROM th_cells c
JOIN th_cells t ON t.level = c.level AND t.territory_code = c.territory_code AND t.item_kind = 'all'
JOIN th_vocabulary v ON v.theme = c.item
CROSS JOIN th_periods p
WHERE c.item_kind = 'theme'
ORDER BY c.level, c.territory_code, rank
