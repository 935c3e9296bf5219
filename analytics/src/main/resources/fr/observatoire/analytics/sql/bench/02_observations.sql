-- N synthetic observations on real communes weighted by population, 2021-2025, written as the lake contract lays
-- them out (hive partitions batch_id=bench-<year>-q<quarter>). Deterministic: every field is a function of the row
-- number and the seed through hash(), whatever the number of threads.
-- ?1 seed (BIGINT), ?2 source groups, ?3 publics, ?4 need domains, ?5 kinds (comma-joined codes), ?6 rows (BIGINT)
-- ${observations}: the folder <lake>/observations
COPY (
    WITH params AS (
        SELECT CAST(? AS BIGINT) AS seed,
               (SELECT CAST(SUM(population) AS UBIGINT) FROM bench_communes) AS total,
               string_split(CAST(? AS VARCHAR), ',') AS groups,
               string_split(CAST(? AS VARCHAR), ',') AS publics,
               string_split(CAST(? AS VARCHAR), ',') AS domains,
               string_split(CAST(? AS VARCHAR), ',') AS kinds
    ), draws AS (
        SELECT r.range AS i, p.groups, p.publics, p.domains, p.kinds,
               CAST(hash(r.range, p.seed, 1) % p.total AS BIGINT) AS pick,
               hash(r.range, p.seed, 2) AS h2, hash(r.range, p.seed, 3) AS h3, hash(r.range, p.seed, 4) AS h4,
               hash(r.range, p.seed, 5) AS h5, hash(r.range, p.seed, 6) AS h6, hash(r.range, p.seed, 7) AS h7
        FROM range(CAST(? AS BIGINT)) r CROSS JOIN params p
    ), placed AS (
        SELECT d.*, c.commune_code, c.epci_code, c.departement_code, c.region_code,
               DATE '2021-01-01' + CAST(d.h3 % 1826 AS INTEGER) AS observed_on,
               d.h4 % 100 < 3 AS coarse
        FROM draws d
        ASOF JOIN bench_communes c ON d.pick >= c.population_before
    )
    SELECT 'bench-' || CAST(i AS VARCHAR) AS observation_id,
           groups[1 + CAST(h2 % len(groups) AS INTEGER)] AS source_group,
           'structure-' || departement_code || '-' || CAST((h2 // 8) % 12 AS VARCHAR) AS contributor,
           observed_on,
           CAST(year(observed_on) AS VARCHAR) AS period,
           CASE WHEN coarse THEN NULL ELSE commune_code END AS commune_code,
           CASE WHEN coarse THEN NULL ELSE epci_code END AS epci_code,
           departement_code,
           region_code,
           CASE WHEN coarse THEN 'departement' ELSE 'commune' END AS territory_precision,
           publics[1 + CAST((h4 // 128) % len(publics) AS INTEGER)] AS public,
           domains[1 + CAST(h5 % len(domains) AS INTEGER)] AS need_domain,
           kinds[1 + CAST((h5 // 64) % len(kinds) AS INTEGER)] AS kind,
           CASE WHEN h6 % 10 < 7 THEN CAST(1 + (h6 // 16) % 12 AS INTEGER) END AS persons,
           CASE WHEN (h6 // 1024) % 10 < 8 THEN CAST(1 + (h6 // 65536) % 4 AS INTEGER) END AS severity,
           CASE WHEN h7 % 10 < 5 THEN CAST((h7 // 16) % 400 AS INTEGER) END AS waiting_days,
           CAST(NULL AS VARCHAR) AS text,
           'v1' AS form_version,
           0 AS redactions,
           'bench-' || CAST(year(observed_on) AS VARCHAR) || '.csv' AS source_file,
           CAST(i + 2 AS BIGINT) AS source_line,
           CAST(observed_on + 30 AS TIMESTAMP) AS ingested_at,
           'bench-' || CAST(year(observed_on) AS VARCHAR) || '-q' || CAST(quarter(observed_on) AS VARCHAR) AS batch_id
    FROM placed
) TO ${observations} (FORMAT parquet, PARTITION_BY (batch_id), OVERWRITE_OR_IGNORE, FILENAME_PATTERN 'part_{i}')
