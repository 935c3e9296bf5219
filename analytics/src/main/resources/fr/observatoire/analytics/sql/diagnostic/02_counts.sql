-- diagnostic step 2: each observation placed in every territory that contains it, at its own precision and above,
-- never below (a departement-precision observation counts for its departement, region and France, in no commune).
-- Groupings are sets of communes: only commune-precision observations count in them, in each zone they belong to.
-- Then the numerators per territory x period x public x need domain (summed, never averaged).
-- Parameters: level, level (null: every level).
WITH placed AS (
    SELECT 'commune' AS level, commune_code AS territory_code, period, public, need_domain, actor_group,
           persons, severity, waiting_days
    FROM dg_obs
    WHERE precision = 'commune' AND commune_code IS NOT NULL
    UNION ALL
    SELECT 'epci', epci_code, period, public, need_domain, actor_group, persons, severity, waiting_days
    FROM dg_obs
    WHERE precision IN ('commune', 'epci') AND epci_code IS NOT NULL
    UNION ALL
    SELECT 'departement', departement_code, period, public, need_domain, actor_group, persons, severity, waiting_days
    FROM dg_obs
    WHERE precision IN ('commune', 'epci', 'departement') AND departement_code IS NOT NULL
    UNION ALL
    SELECT 'region', region_code, period, public, need_domain, actor_group, persons, severity, waiting_days
    FROM dg_obs
    WHERE precision IN ('commune', 'epci', 'departement', 'region') AND region_code IS NOT NULL
    UNION ALL
    SELECT 'france', 'FR', period, public, need_domain, actor_group, persons, severity, waiting_days
    FROM dg_obs
    UNION ALL
    SELECT 'grouping:' || g.grouping, COALESCE(g.zone, g.grouping), o.period, o.public, o.need_domain,
           o.actor_group, o.persons, o.severity, o.waiting_days
    FROM dg_obs o
    JOIN (SELECT DISTINCT grouping, commune_code, zone FROM ref_groupings) g ON g.commune_code = o.commune_code
    WHERE o.precision = 'commune'
)
SELECT level,
       territory_code,
       period,
       public,
       need_domain,
       CAST(COUNT(*) AS BIGINT) AS observations,
       CAST(SUM(persons) AS BIGINT) AS persons,
       -- COUNT(DISTINCT actor_group), as one flag per actor group (vocab_actor_groups maps every source group onto
       -- these four): the same figure, without a distinct set per territory, which is slow with millions of them.
       CAST(MAX(CASE WHEN actor_group = 'usagers_habitants' THEN 1 ELSE 0 END)
            + MAX(CASE WHEN actor_group = 'professionnels' THEN 1 ELSE 0 END)
            + MAX(CASE WHEN actor_group = 'decideurs' THEN 1 ELSE 0 END)
            + MAX(CASE WHEN actor_group = 'financeurs' THEN 1 ELSE 0 END) AS INTEGER) AS source_groups,
       CAST(SUM(CASE WHEN actor_group = 'usagers_habitants' THEN 1 ELSE 0 END) AS BIGINT) AS from_usagers_habitants,
       CAST(SUM(CASE WHEN actor_group = 'professionnels' THEN 1 ELSE 0 END) AS BIGINT) AS from_professionnels,
       CAST(SUM(CASE WHEN actor_group = 'decideurs' THEN 1 ELSE 0 END) AS BIGINT) AS from_decideurs,
       CAST(SUM(CASE WHEN actor_group = 'financeurs' THEN 1 ELSE 0 END) AS BIGINT) AS from_financeurs,
       CAST(SUM(severity) AS BIGINT) AS severity_sum,
       CAST(COUNT(severity) AS BIGINT) AS severity_count,
       CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY CAST(waiting_days AS DOUBLE)) AS DOUBLE) AS median_waiting_days
FROM placed
WHERE CAST(? AS STRING) IS NULL OR level = CAST(? AS STRING)
GROUP BY level, territory_code, period, public, need_domain
