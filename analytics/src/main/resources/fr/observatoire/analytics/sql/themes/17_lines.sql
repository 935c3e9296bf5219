-- themes step 17: the concordance lines to show: for each cell (territory x item) of at least ?1 observations
-- (the disclosure threshold), every theme and the terms over-represented in the territory ('sur' in its
-- 'ensemble' specificities), the ?2 latest observations (then by id) with the item. The text and the item's
-- offsets come last: the context annotator cuts them into left context, keyword and right context.
-- ?1 min_cell (BIGINT), ?2 maximum lines per cell (INTEGER)
SELECT level, territory_code, item_kind, item, label, observation_id, observed_on, actor_group, public,
       need_domain, cell_observations, cell_contributors, CAST(line AS INTEGER) AS line,
       text, start_offset, end_offset
FROM (
    SELECT c.level, c.territory_code, c.item_kind, c.item, i.label, o.observation_id, o.observed_on,
           o.actor_group, o.public, o.need_domain, c.observations AS cell_observations,
           c.contributors AS cell_contributors,
           ROW_NUMBER() OVER (PARTITION BY c.level, c.territory_code, c.item_kind, c.item
                              ORDER BY o.observed_on DESC, o.observation_id) AS line,
           c.max_lines, o.text, i.start_offset, i.end_offset
    FROM (
        SELECT cells.level, cells.territory_code, cells.item_kind, cells.item, cells.observations,
               cells.contributors, params.max_lines
        FROM th_cells cells
        -- every marker in one row (see 14_specificities.sql)
        CROSS JOIN (SELECT CAST(? AS BIGINT) AS min_cell, CAST(? AS INTEGER) AS max_lines) params
        LEFT JOIN th_specificities s ON s.level = cells.level AND s.territory_code = cells.territory_code
                                     AND s.actor_group = 'ensemble' AND s.item_kind = 'term'
                                     AND s.item = cells.item AND s.direction = 'sur'
        WHERE cells.observations >= params.min_cell
          AND (cells.item_kind = 'theme' OR (cells.item_kind = 'term' AND s.item IS NOT NULL))
    ) c
    JOIN th_places p ON p.level = c.level AND p.territory_code = c.territory_code
    JOIN th_obs o ON o.place_key = p.place_key
    JOIN th_items i ON i.observation_id = o.observation_id AND i.item_kind = c.item_kind AND i.item = c.item
) lines
WHERE line <= max_lines
