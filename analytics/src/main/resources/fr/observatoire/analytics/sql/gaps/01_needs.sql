-- gaps step 1: needs expressed in the selected periods (unmet needs, ruptures, access difficulties: the view
-- gaps_need_kinds) for the publics and need domains that a supply category answers (gaps_crosswalk), per
-- departement, region and France. An observation counts at its precision and above; one that matches several
-- categories (personnes agees x hebergement: EHPAD, EHPA, residence autonomie) counts for each.
-- Parameters: from, from, to, to (null: open bound).
WITH obs AS (
    SELECT o.territory_precision AS precision,
           o.departement_code,
           o.region_code,
           o.persons,
           x.category,
           x.public
    FROM observations o
    JOIN gaps_need_kinds k ON k.kind = o.kind
    JOIN gaps_crosswalk x ON x.public = o.public AND x.need_domain = o.need_domain
    WHERE (CAST(? AS STRING) IS NULL OR o.period >= CAST(? AS STRING))
      AND (CAST(? AS STRING) IS NULL OR o.period <= CAST(? AS STRING))
),
placed AS (
    SELECT 'departement' AS level, departement_code AS territory_code, category, public, persons
    FROM obs
    WHERE precision IN ('commune', 'epci', 'departement') AND departement_code IS NOT NULL
    UNION ALL
    SELECT 'region', region_code, category, public, persons
    FROM obs
    WHERE precision IN ('commune', 'epci', 'departement', 'region') AND region_code IS NOT NULL
    UNION ALL
    SELECT 'france', 'FR', category, public, persons
    FROM obs
)
SELECT level,
       territory_code,
       category,
       public,
       CAST(SUM(persons) AS BIGINT) AS need_persons,
       CAST(COUNT(*) AS BIGINT) AS need_observations
FROM placed
GROUP BY level, territory_code, category, public
