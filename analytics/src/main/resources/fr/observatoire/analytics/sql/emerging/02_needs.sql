-- Need observations (kinds other than satisfaction and pratique_inspirante) of the tested and baseline periods,
-- with their role. A step of its own rather than a CTE: Spark 4.1's InlineCTE rule fails to plan a CTE read by
-- several UNION branches when one branch joins an empty relation (a lake without groupings).
SELECT o.commune_code, o.epci_code, o.departement_code, o.region_code, o.public, o.need_domain, p.role
FROM observations o
JOIN emerging_periods p ON o.period = p.period
WHERE o.kind NOT IN ('satisfaction', 'pratique_inspirante')
  AND o.public IS NOT NULL AND o.need_domain IS NOT NULL
