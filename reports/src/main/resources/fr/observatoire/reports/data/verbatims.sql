{observations_in_territory}
SELECT CAST(public AS VARCHAR), CAST(need_domain AS VARCHAR), CAST(source_group AS VARCHAR), CAST(text AS VARCHAR)
FROM o
WHERE text IS NOT NULL AND length(trim(text)) > 0
ORDER BY observation_id
