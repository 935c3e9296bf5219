-- themes step 4: every territory holding each place key, at the place's own precision and above, never below (a
-- departement-precision observation counts for its departement, region and France, in no commune), as the
-- diagnostic places observations. Groupings are sets of communes: commune-precision places only, in each zone.
-- ?1, ?2 level (STRING, null: every level)
WITH places AS (
    SELECT DISTINCT place_key, precision, commune_code, epci_code, departement_code, region_code FROM th_obs
), placed AS (
    SELECT place_key, 'commune' AS level, commune_code AS territory_code
    FROM places WHERE precision = 'commune' AND commune_code IS NOT NULL
    UNION ALL
    SELECT place_key, 'epci', epci_code
    FROM places WHERE precision IN ('commune', 'epci') AND epci_code IS NOT NULL
    UNION ALL
    SELECT place_key, 'departement', departement_code
    FROM places WHERE precision IN ('commune', 'epci', 'departement') AND departement_code IS NOT NULL
    UNION ALL
    SELECT place_key, 'region', region_code
    FROM places WHERE precision IN ('commune', 'epci', 'departement', 'region') AND region_code IS NOT NULL
    UNION ALL
    SELECT place_key, 'france', 'FR' FROM places
    UNION ALL
    SELECT p.place_key, 'grouping:' || g.grouping, COALESCE(g.zone, g.grouping)
    FROM places p
    JOIN (SELECT DISTINCT grouping, commune_code, zone FROM ref_groupings) g ON g.commune_code = p.commune_code
    WHERE p.precision = 'commune'
)
SELECT DISTINCT place_key, level, territory_code
FROM placed
WHERE CAST(? AS STRING) IS NULL OR level = CAST(? AS STRING)
