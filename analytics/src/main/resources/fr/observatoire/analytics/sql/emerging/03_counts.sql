-- Need observations per territory x public x domain, in the
-- tested period and summed over the baseline periods. An observation counts at its own precision and above: a
-- departement-precision row has no commune, so it counts for its departement, region and France only.
WITH located AS (
    SELECT 'commune' AS level, commune_code AS territory_code, public, need_domain, role
    FROM emerging_needs WHERE commune_code IS NOT NULL
    UNION ALL
    SELECT 'epci' AS level, epci_code AS territory_code, public, need_domain, role
    FROM emerging_needs WHERE epci_code IS NOT NULL
    UNION ALL
    SELECT 'departement' AS level, departement_code AS territory_code, public, need_domain, role
    FROM emerging_needs WHERE departement_code IS NOT NULL
    UNION ALL
    SELECT 'region' AS level, region_code AS territory_code, public, need_domain, role
    FROM emerging_needs WHERE region_code IS NOT NULL
    UNION ALL
    SELECT 'france' AS level, 'FR' AS territory_code, public, need_domain, role
    FROM emerging_needs
    UNION ALL
    SELECT 'grouping:' || g.grouping AS level, COALESCE(g.zone, g.grouping) AS territory_code,
           n.public, n.need_domain, n.role
    FROM emerging_needs n
    JOIN (SELECT DISTINCT grouping, commune_code, zone FROM ref_groupings) g ON g.commune_code = n.commune_code
)
SELECT level, territory_code, public, need_domain,
       CAST(SUM(CASE WHEN role = 'courante' THEN 1 ELSE 0 END) AS BIGINT) AS observations,
       CAST(SUM(CASE WHEN role = 'reference' THEN 1 ELSE 0 END) AS BIGINT) AS baseline_observations
FROM located
GROUP BY level, territory_code, public, need_domain
