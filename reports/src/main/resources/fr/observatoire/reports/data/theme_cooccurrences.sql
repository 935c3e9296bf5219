-- Pairs of themes mentioned by the same observations of one territory over one period range, strongest first.
SELECT CAST(item_a AS VARCHAR) AS item_a, CAST(item_b AS VARCHAR) AS item_b,
       CAST(label_a AS VARCHAR) AS label_a, CAST(label_b AS VARCHAR) AS label_b,
       coalesce(TRY_CAST(count_ab AS BIGINT), 0) AS count_ab,
       TRY_CAST(count_a AS BIGINT) AS count_a, TRY_CAST(count_b AS BIGINT) AS count_b,
       TRY_CAST(observations AS BIGINT) AS observations,
       TRY_CAST(jaccard AS DOUBLE) AS jaccard, TRY_CAST(lift AS DOUBLE) AS lift,
       TRY_CAST(rank AS INTEGER) AS rank
FROM theme_cooccurrences
WHERE CAST(level AS VARCHAR) = ? AND CAST(territory_code AS VARCHAR) = ?
  AND coalesce(CAST(period_from AS VARCHAR), '') = ? AND coalesce(CAST(period_to AS VARCHAR), '') = ?
  AND CAST(item_kind AS VARCHAR) = 'theme'
ORDER BY rank NULLS LAST, count_ab DESC, item_a, item_b
