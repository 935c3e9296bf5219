-- themes step 1: the observations of the selected periods with a non-empty (redacted) text, their actor group and
-- a place key: the observation's location at its own precision, which th_places maps to every territory holding it.
-- ?1, ?2 first period (STRING, null: no lower bound); ?3, ?4 last period (STRING, null: no upper bound)
SELECT o.observation_id,
       o.period,
       o.observed_on,
       a.actor_group,
       o.source_group,
       o.contributor,
       o.public,
       o.need_domain,
       o.territory_precision AS precision,
       o.commune_code,
       o.epci_code,
       o.departement_code,
       o.region_code,
       COALESCE(o.territory_precision, '') || '|' || COALESCE(o.commune_code, '') || '|'
           || COALESCE(o.epci_code, '') || '|' || COALESCE(o.departement_code, '') || '|'
           || COALESCE(o.region_code, '') AS place_key,
       o.text
FROM observations o
LEFT JOIN vocab_actor_groups a ON a.source_group = o.source_group
WHERE o.period IS NOT NULL
  AND o.text IS NOT NULL
  AND TRIM(o.text) <> ''
  AND (CAST(? AS STRING) IS NULL OR o.period >= CAST(? AS STRING))
  AND (CAST(? AS STRING) IS NULL OR o.period <= CAST(? AS STRING))
