-- themes output concordance: the lines with their context, in a deterministic order.
SELECT k.level, k.territory_code, pr.period_from, pr.period_to, k.item_kind, k.item, k.label, k.observation_id,
       k.observed_on, k.actor_group, k.public, k.need_domain, k.left_context, k.keyword, k.right_context,
       k.cell_observations, k.cell_contributors, k.line
FROM th_kwic k
CROSS JOIN th_periods pr
ORDER BY k.level, k.territory_code, k.item_kind, k.item, k.line
