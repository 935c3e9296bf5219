-- Parent and child territories whose counts add up (child level, child code, parent level, parent code), from the
-- reference tables: commune → EPCI, commune → département, EPCI → département (an EPCI within one département),
-- département → région, région → France, commune → zone of a grouping, and zone → département when a grouping
-- covers exactly the communes of one département. Only territories of the diagnostic or of the themes are linked;
-- ? is the france code.
WITH present AS (
  SELECT DISTINCT CAST(level AS VARCHAR) AS level, CAST(territory_code AS VARCHAR) AS code FROM diagnostic
  UNION
  SELECT DISTINCT CAST(level AS VARCHAR), CAST(territory_code AS VARCHAR) FROM theme_counts
),
epci_deps AS (
  SELECT CAST(epci_code AS VARCHAR) AS epci, min(CAST(departement_code AS VARCHAR)) AS dep
  FROM ref_communes WHERE epci_code IS NOT NULL
  GROUP BY 1 HAVING count(DISTINCT departement_code) = 1
),
dep_communes AS (
  SELECT CAST(departement_code AS VARCHAR) AS dep, count(DISTINCT commune_code) AS n FROM ref_communes GROUP BY 1
),
grouping_deps AS (
  SELECT CAST(g.grouping AS VARCHAR) AS grouping, min(CAST(c.departement_code AS VARCHAR)) AS dep,
         count(DISTINCT g.commune_code) AS n
  FROM groupings g JOIN ref_communes c ON CAST(c.commune_code AS VARCHAR) = CAST(g.commune_code AS VARCHAR)
  GROUP BY 1 HAVING count(DISTINCT c.departement_code) = 1
),
links(child_level, child_code, parent_level, parent_code) AS (
SELECT 'commune', CAST(commune_code AS VARCHAR), 'epci', CAST(epci_code AS VARCHAR) FROM ref_communes WHERE epci_code IS NOT NULL
UNION ALL
SELECT 'commune', CAST(commune_code AS VARCHAR), 'departement', CAST(departement_code AS VARCHAR) FROM ref_communes
UNION ALL
SELECT 'epci', epci, 'departement', dep FROM epci_deps
UNION ALL
SELECT 'departement', CAST(departement_code AS VARCHAR), 'region', CAST(region_code AS VARCHAR) FROM ref_departements
UNION ALL
SELECT 'region', CAST(region_code AS VARCHAR), 'france', CAST(? AS VARCHAR) FROM ref_departements GROUP BY 2
UNION ALL
SELECT 'commune', CAST(commune_code AS VARCHAR), 'grouping:' || CAST(grouping AS VARCHAR),
       coalesce(CAST(zone AS VARCHAR), CAST(grouping AS VARCHAR)) FROM groupings
UNION ALL
SELECT DISTINCT 'grouping:' || g.grouping, coalesce(CAST(z.zone AS VARCHAR), g.grouping), 'departement', g.dep
FROM grouping_deps g JOIN dep_communes d ON d.dep = g.dep AND d.n = g.n
JOIN groupings z ON CAST(z.grouping AS VARCHAR) = g.grouping
)
SELECT l.child_level, l.child_code, l.parent_level, l.parent_code
FROM links l
JOIN present c ON c.level = l.child_level AND c.code = l.child_code
JOIN present p ON p.level = l.parent_level AND p.code = l.parent_code
ORDER BY l.parent_level, l.parent_code, l.child_level, l.child_code
