-- themes step 6: the items of each observation: every theme found, and the kept terms (with their label and
-- frequency rank; null for themes).
SELECT m.observation_id, m.item_kind, m.item, v.label, m.matched, m.start_offset, m.end_offset,
       CAST(NULL AS INTEGER) AS term_rank
FROM th_mentions m
JOIN th_vocabulary v ON v.theme = m.item
WHERE m.item_kind = 'theme'
UNION ALL
SELECT m.observation_id, m.item_kind, m.item, t.label, m.matched, m.start_offset, m.end_offset, t.term_rank
FROM th_mentions m
JOIN th_terms t ON t.item = m.item
WHERE m.item_kind = 'term'
