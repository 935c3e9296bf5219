-- Which communes make up each territory (commune, EPCI, département, région, France, grouping zones): built once
-- from the reference tables so that territory look-ups are plain joins.
CREATE OR REPLACE TABLE territory_communes AS
SELECT 'commune' AS level, CAST(commune_code AS VARCHAR) AS code, CAST(commune_code AS VARCHAR) AS commune_code FROM ref_communes
UNION ALL SELECT 'epci', CAST(epci_code AS VARCHAR), CAST(commune_code AS VARCHAR) FROM ref_communes WHERE epci_code IS NOT NULL
UNION ALL SELECT 'departement', CAST(departement_code AS VARCHAR), CAST(commune_code AS VARCHAR) FROM ref_communes
UNION ALL SELECT 'region', CAST(region_code AS VARCHAR), CAST(commune_code AS VARCHAR) FROM ref_communes
UNION ALL SELECT 'france', 'FR', CAST(commune_code AS VARCHAR) FROM ref_communes
UNION ALL SELECT 'grouping:' || CAST(grouping AS VARCHAR), CAST(grouping AS VARCHAR), CAST(commune_code AS VARCHAR) FROM groupings
UNION ALL SELECT 'grouping:' || CAST(grouping AS VARCHAR), CAST(zone AS VARCHAR), CAST(commune_code AS VARCHAR) FROM groupings WHERE zone IS NOT NULL
