-- themes output cooccurrences: pairs seen together in at least ?1 observations of a territory, with
-- jaccard = count_ab / (count_a + count_b - count_ab) and lift = count_ab * observations / (count_a * count_b);
-- the ?2 strongest pairs (jaccard, then count_ab, then the items) of each level x territory x item_kind.
-- ?1 minimum count_ab (BIGINT), ?2 maximum pairs (INTEGER)
SELECT level, territory_code, period_from, period_to, item_kind, item_a, item_b, label_a, label_b,
       count_ab, count_a, count_b, observations, jaccard, lift, CAST(r AS INTEGER) AS rank
FROM (
    SELECT measured.*,
           ROW_NUMBER() OVER (PARTITION BY level, territory_code, item_kind
                              ORDER BY jaccard DESC, count_ab DESC, item_a, item_b) AS r
    FROM (
        SELECT ab.level, ab.territory_code, pr.period_from, pr.period_to, ab.item_kind, ab.item_a, ab.item_b,
               COALESCE(va.label, ta.label) AS label_a, COALESCE(vb.label, tb.label) AS label_b,
               params.max_pairs, ab.count_ab, a.observations AS count_a, b.observations AS count_b, a.t_observations AS observations,
               CAST(ab.count_ab AS DOUBLE) / CAST(a.observations + b.observations - ab.count_ab AS DOUBLE) AS jaccard,
               CAST(ab.count_ab AS DOUBLE) * CAST(a.t_observations AS DOUBLE)
                   / (CAST(a.observations AS DOUBLE) * CAST(b.observations AS DOUBLE)) AS lift
        FROM (
            SELECT p.level, p.territory_code, x.item_kind, x.item_a, x.item_b, CAST(SUM(x.n) AS BIGINT) AS count_ab
            FROM th_place_pairs x
            JOIN th_places p ON p.place_key = x.place_key
            GROUP BY p.level, p.territory_code, x.item_kind, x.item_a, x.item_b
        ) ab
        JOIN th_cell_totals a ON a.level = ab.level AND a.territory_code = ab.territory_code
                              AND a.item_kind = ab.item_kind AND a.item = ab.item_a
        JOIN th_cell_totals b ON b.level = ab.level AND b.territory_code = ab.territory_code
                              AND b.item_kind = ab.item_kind AND b.item = ab.item_b
        LEFT JOIN th_vocabulary va ON ab.item_kind = 'theme' AND va.theme = ab.item_a
        LEFT JOIN th_vocabulary vb ON ab.item_kind = 'theme' AND vb.theme = ab.item_b
        LEFT JOIN th_terms ta ON ab.item_kind = 'term' AND ta.item = ab.item_a
        LEFT JOIN th_terms tb ON ab.item_kind = 'term' AND tb.item = ab.item_b
        CROSS JOIN th_periods pr
        -- every marker in one row (see 14_specificities.sql)
        CROSS JOIN (SELECT CAST(? AS BIGINT) AS min_count, CAST(? AS INTEGER) AS max_pairs) params
        WHERE ab.count_ab >= params.min_count
    ) measured
) ranked
WHERE r <= max_pairs
ORDER BY level, territory_code, item_kind, rank
