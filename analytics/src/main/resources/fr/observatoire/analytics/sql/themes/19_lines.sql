-- themes step 19: the concordance lines to show: for each cell (territory x item) of at least ?1 observations
-- (the disclosure threshold), every theme and the terms over-represented in the territory ('sur' in its
-- 'ensemble' specificities), the ?2 latest observations (then by id) with the item. The text and the item's
-- offsets come last: the context annotator cuts them into left context, keyword and right context.
-- ?1 min_cell (BIGINT), ?2 maximum lines per cell (INTEGER)
SELECT lines.level, lines.territory_code, lines.item_kind, lines.item, lines.label, lines.observation_id,
       lines.observed_on, lines.actor_group, lines.public, lines.need_domain, lines.cell_observations,
       lines.cell_contributors, CAST(lines.line AS INTEGER) AS line, o.text, lines.start_offset, lines.end_offset
FROM (
    SELECT c.level, c.territory_code, c.item_kind, c.item, l.label, l.observation_id, l.observed_on,
           l.actor_group, l.public, l.need_domain, c.observations AS cell_observations,
           c.contributors AS cell_contributors, c.max_lines,
           ROW_NUMBER() OVER (PARTITION BY c.level, c.territory_code, c.item_kind, c.item
                              ORDER BY l.observed_on DESC, l.observation_id) AS line,
           l.start_offset, l.end_offset
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
    JOIN th_place_lines l ON l.place_key = p.place_key AND l.item_kind = c.item_kind AND l.item = c.item
) lines
JOIN th_obs o ON o.observation_id = lines.observation_id
WHERE lines.line <= lines.max_lines
