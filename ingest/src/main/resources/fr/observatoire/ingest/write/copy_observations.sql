-- One part file of staged observations, columns exactly ObservationColumns.FILE_COLUMNS; {path} is quoted by Sql.literal.
COPY (
  SELECT s.observation_id, g.value AS source_group, s.contributor, s.observed_on, s.period,
         t.commune_code, t.epci_code, t.departement_code, t.region_code, t.territory_precision,
         p.value AS public, d.value AS need_domain, k.value AS kind,
         s.persons, s.severity, s.waiting_days, s.text, s.form_version, s.redactions,
         f.value AS source_file, s.source_line, s.ingested_at
  FROM staged s
  JOIN dim_term g ON g.idx = s.source_group
  JOIN dim_territory t ON t.idx = s.territory
  JOIN dim_term p ON p.idx = s.public
  JOIN dim_term d ON d.idx = s.need_domain
  JOIN dim_term k ON k.idx = s.kind
  JOIN dim_term f ON f.idx = s.source_file
) TO {path} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 122880)
