-- themes output specificities: over- and under-represented themes and terms of a part against its whole.
--
-- Test (docs/analytics-themes.md): Pearson's chi-square of the 2x2 table (part / rest of the whole) x (with / without
-- the item), with Yates' continuity correction: with a = k, b = n - k, c = K - k, d = N - n - K + k, ad - bc equals
-- kN - nK, so chi2 = N (|kN - nK| - N/2)^2 / (n (N - n) K (N - K)), 0 when |kN - nK| <= N/2 or a margin is empty
-- (a part that is its whole). score = chi2 signed by k - expected, expected = nK/N. p_value = P(chi2(1) >= chi2) =
-- 2 Q(sqrt(chi2)), Q the standard normal upper tail by Abramowitz and Stegun 26.2.17 (absolute error below 7.5e-8),
-- as in the emerging job. direction: 'sur' or 'sous' when p_value < alpha, else 'neutre'.
--
-- Kept: parts of at least min_cell observations, items with k >= min_cell or expected >= min_cell (smaller tables
-- test nothing), then the max_items most over- and the max_items most under-represented of each level x territory x
-- actor_group x item_kind; rank 1 = highest score among those kept (ties by item).
-- Literals are DECIMAL in Spark: every operation has a DOUBLE operand so that both engines compute in DOUBLE.
-- The parameters are all in one row (params), read by the innermost query: Spark numbers the markers of nested
-- queries in its own visiting order, which is not the text order when a select list holds some of them.
-- ?1 alpha (DOUBLE), ?2 min_cell (BIGINT), ?3 max_items (INTEGER)
SELECT kept.level, kept.territory_code, pr.period_from, pr.period_to, kept.actor_group, kept.item_kind, kept.item,
       COALESCE(v.label, t.label) AS label,
       kept.k AS count, kept.n AS part_observations, kept.big_k AS total_count, kept.big_n AS total_observations,
       kept.expected, kept.score, kept.p_value, kept.direction,
       CAST(ROW_NUMBER() OVER (PARTITION BY kept.level, kept.territory_code, kept.actor_group, kept.item_kind
                               ORDER BY kept.score DESC, kept.item) AS INTEGER) AS rank
FROM (
    SELECT ranked.*
    FROM (
        SELECT tested.*,
               ROW_NUMBER() OVER (PARTITION BY level, territory_code, actor_group, item_kind
                                  ORDER BY score DESC, item) AS r_over,
               ROW_NUMBER() OVER (PARTITION BY level, territory_code, actor_group, item_kind
                                  ORDER BY score ASC, item) AS r_under
        FROM (
            SELECT signed.*,
                   CASE WHEN p_value < alpha AND kd > expected THEN 'sur'
                        WHEN p_value < alpha AND kd < expected THEN 'sous'
                        ELSE 'neutre' END AS direction
            FROM (
                SELECT tails.*,
                       CASE WHEN chi2 = CAST(0 AS DOUBLE) THEN CAST(0 AS DOUBLE)
                            WHEN kd > expected THEN chi2 ELSE -chi2 END AS score,
                       CASE WHEN chi2 = CAST(0 AS DOUBLE) THEN CAST(1 AS DOUBLE)
                            ELSE LEAST(CAST(1 AS DOUBLE), CAST(2 AS DOUBLE) * EXP(-chi2 / CAST(2 AS DOUBLE))
                                 / SQRT(CAST(2 AS DOUBLE) * PI()) * tz * (0.319381530 + tz * (-0.356563782
                                 + tz * (1.781477937 + tz * (-1.821255978 + tz * 1.330274429))))) END AS p_value
                FROM (
                    SELECT chi.*,
                           CAST(1 AS DOUBLE) / (CAST(1 AS DOUBLE) + 0.2316419 * SQRT(chi2)) AS tz
                    FROM (
                        SELECT d.*,
                               CASE WHEN den = CAST(0 AS DOUBLE) OR dev <= CAST(0 AS DOUBLE) THEN CAST(0 AS DOUBLE)
                                    ELSE big_nd * dev * dev / den END AS chi2
                        FROM (
                            SELECT level, territory_code, actor_group, item_kind, item, k, n, big_k, big_n,
                                   params.alpha, params.min_cell, params.max_items,
                                   CAST(k AS DOUBLE) AS kd,
                                   CAST(big_n AS DOUBLE) AS big_nd,
                                   CAST(n AS DOUBLE) * CAST(big_k AS DOUBLE) / CAST(big_n AS DOUBLE) AS expected,
                                   ABS(CAST(k AS DOUBLE) * CAST(big_n AS DOUBLE)
                                       - CAST(n AS DOUBLE) * CAST(big_k AS DOUBLE))
                                       - CAST(big_n AS DOUBLE) / CAST(2 AS DOUBLE) AS dev,
                                   CAST(n AS DOUBLE) * CAST(big_n - n AS DOUBLE) * CAST(big_k AS DOUBLE)
                                       * CAST(big_n - big_k AS DOUBLE) AS den
                            FROM th_parts
                            CROSS JOIN (SELECT CAST(? AS DOUBLE) AS alpha, CAST(? AS BIGINT) AS min_cell,
                                               CAST(? AS INTEGER) AS max_items) params
                            WHERE n >= params.min_cell AND big_n > 0
                        ) d
                    ) chi
                ) tails
            ) signed
            WHERE k >= min_cell OR expected >= CAST(min_cell AS DOUBLE)
        ) tested
    ) ranked
    WHERE r_over <= max_items OR r_under <= max_items
) kept
LEFT JOIN th_vocabulary v ON kept.item_kind = 'theme' AND v.theme = kept.item
LEFT JOIN th_terms t ON kept.item_kind = 'term' AND t.item = kept.item
CROSS JOIN th_periods pr
ORDER BY kept.level, kept.territory_code, kept.actor_group, kept.item_kind, rank
