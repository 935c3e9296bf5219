-- themes step 5: the terms kept for specificities, co-occurrences and concordance: those in at least ?1
-- observations of the selection, the ?2 most frequent of them (ties by term), each labelled with its most frequent
-- surface form (lower case; ties by the form), and its rank by frequency (1 = most frequent).
-- ?1 minimum observations of a term (BIGINT), ?2 maximum terms (INTEGER)
WITH df AS (
    SELECT item, CAST(COUNT(*) AS BIGINT) AS observations
    FROM th_mentions WHERE item_kind = 'term'
    GROUP BY item
), surfaces AS (
    SELECT item, label, COUNT(*) AS n
    FROM th_mentions WHERE item_kind = 'term'
    GROUP BY item, label
), best AS (
    SELECT item, label, ROW_NUMBER() OVER (PARTITION BY item ORDER BY n DESC, label) AS r
    FROM surfaces
), params AS (
    -- every marker in one row (see 14_specificities.sql)
    SELECT CAST(? AS BIGINT) AS min_observations, CAST(? AS INTEGER) AS max_terms
), frequent AS (
    SELECT df.item, df.observations, p.max_terms,
           ROW_NUMBER() OVER (ORDER BY df.observations DESC, df.item) AS r
    FROM df CROSS JOIN params p
    WHERE df.observations >= p.min_observations
)
SELECT f.item, b.label, f.observations, CAST(f.r AS INTEGER) AS term_rank
FROM frequent f
JOIN best b ON b.item = f.item AND b.r = 1
WHERE f.r <= f.max_terms
