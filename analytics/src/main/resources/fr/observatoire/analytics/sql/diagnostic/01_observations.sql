-- diagnostic step 1: observations that express a need, up to the last selected period (earlier periods are kept
-- so that the first selected period still has a trend), with the actor group of their source group.
-- Parameters: to, to (null: no upper bound).
SELECT o.period,
       o.territory_precision AS precision,
       o.commune_code,
       o.epci_code,
       o.departement_code,
       o.region_code,
       o.public,
       o.need_domain,
       a.actor_group,
       o.persons,
       o.severity,
       o.waiting_days
FROM observations o
JOIN vocab_need_kinds k ON k.kind = o.kind
LEFT JOIN vocab_actor_groups a ON a.source_group = o.source_group
WHERE o.period IS NOT NULL
  AND o.public IS NOT NULL
  AND o.need_domain IS NOT NULL
  AND (CAST(? AS STRING) IS NULL OR o.period <= CAST(? AS STRING))
