-- A lake of two départements: enough for the commands to run end to end. {lake:PATH} is quoted by Sql.literal.
COPY (SELECT * FROM (VALUES
  ('departement', '47', 'Lot-et-Garonne', '2025', 'personnes_agees', 'isolement', 40, 120, 47766, 'pop_75_plus', 25.12, 3, true, 0.4, 0.3, 0.2, 0.1),
  ('departement', '47', 'Lot-et-Garonne', '2025', 'personnes_agees', 'mobilite', 3, 2, 47766, 'pop_75_plus', 0.42, 1, false, 1.0, 0.0, 0.0, 0.0),
  ('departement', '47', 'Lot-et-Garonne', '2025', 'aidants', 'isolement', 12, 30, 332372, 'pop_totale', 0.9, 2, false, 0.5, 0.5, 0.0, 0.0),
  ('departement', '47', 'Lot-et-Garonne', '2025', 'aidants', 'mobilite', 9, 14, 332372, 'pop_totale', 0.42, 2, false, 0.5, 0.5, 0.0, 0.0),
  ('departement', '33', 'Gironde', '2025', 'personnes_agees', 'isolement', 80, 300, 180000, 'pop_75_plus', 16.7, 4, true, 0.25, 0.25, 0.25, 0.25)
) t(level, territory_code, territory_name, period, public, need_domain, observations, persons, population, denominator,
    rate_per_10k, source_groups, shared, share_usagers_habitants, share_professionnels, share_decideurs, share_financeurs))
TO {lake:diagnostic/part-0.parquet} (FORMAT parquet);
COPY (SELECT * FROM (VALUES ('47', 'Lot-et-Garonne', '75', 333602, 'INSEE COG 2026', 'COG 2026'),
                            ('33', 'Gironde', '75', 1693092, 'INSEE COG 2026', 'COG 2026'))
      t(departement_code, departement_name, region_code, population, source, vintage))
TO {lake:reference/departements/part-0.parquet} (FORMAT parquet);
COPY (SELECT * FROM (VALUES ('47001', 'Agen', '47', '75', '200096956', 32801, 'INSEE COG 2026', 'COG 2026'),
                            ('33063', 'Bordeaux', '33', '75', '243300316', 267991, 'INSEE COG 2026', 'COG 2026'))
      t(commune_code, commune_name, departement_code, region_code, epci_code, population, source, vintage))
TO {lake:reference/communes/part-0.parquet} (FORMAT parquet);
