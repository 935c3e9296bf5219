-- themes step 15: the items paired in co-occurrences: every theme, and the ?1 most frequent terms (pairs grow with
-- the square of the items of a text: this bounds them to a few dozen per observation).
-- ?1 terms paired (INTEGER)
SELECT i.observation_id, i.item_kind, i.item
FROM th_items i
CROSS JOIN (SELECT CAST(? AS INTEGER) AS paired) params
WHERE i.item_kind = 'theme' OR i.term_rank <= params.paired
