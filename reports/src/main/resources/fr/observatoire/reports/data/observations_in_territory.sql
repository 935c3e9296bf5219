-- Observations of a territory and period ({select} is one of the fixed projections of LakeReader).
WITH t AS (SELECT CAST(? AS VARCHAR) AS level, CAST(? AS VARCHAR) AS code, CAST(? AS VARCHAR) AS period),
o AS (
  SELECT o.* FROM observations o, t
  WHERE CAST(o.period AS VARCHAR) = t.period AND (
        (t.level = 'commune' AND o.commune_code = t.code)
     OR (t.level = 'epci' AND o.epci_code = t.code)
     OR (t.level = 'departement' AND o.departement_code = t.code)
     OR (t.level = 'region' AND o.region_code = t.code)
     OR t.level = 'france'
     OR (t.level LIKE 'grouping:%' AND o.commune_code IN (
          SELECT g.commune_code FROM groupings g
          WHERE g.grouping = substr(t.level, 10) AND (g.grouping = t.code OR coalesce(g.zone, g.grouping) = t.code)))))
