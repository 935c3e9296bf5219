-- themes output observation_themes: one row per observation x theme, with the first match as written.
-- ?1 vocabulary version (STRING)
SELECT o.observation_id, o.period, o.observed_on, o.actor_group, o.source_group, o.public, o.need_domain,
       o.commune_code, o.epci_code, o.departement_code, o.region_code,
       i.item AS theme, i.label, i.matched, CAST(? AS STRING) AS vocabulary_version
FROM th_obs o
JOIN th_items i ON i.observation_id = o.observation_id
WHERE i.item_kind = 'theme'
ORDER BY o.observation_id, i.item
