-- Needs of one territory and period, by public and need domain.
SELECT CAST(period AS VARCHAR) AS period,
       CAST(public AS VARCHAR) AS public,
       CAST(need_domain AS VARCHAR) AS need_domain,
       coalesce(TRY_CAST(observations AS BIGINT), 0) AS observations,
       coalesce(TRY_CAST(persons AS BIGINT), 0) AS persons,
       TRY_CAST(population AS BIGINT) AS population,
       CAST(denominator AS VARCHAR) AS denominator,
       TRY_CAST(rate_per_10k AS DOUBLE) AS rate_per_10k,
       coalesce(TRY_CAST(source_groups AS INTEGER), 0) AS source_groups,
       coalesce(TRY_CAST(shared AS BOOLEAN), false) AS shared,
       coalesce(TRY_CAST(share_usagers_habitants AS DOUBLE), 0) AS share_usagers_habitants,
       coalesce(TRY_CAST(share_professionnels AS DOUBLE), 0) AS share_professionnels,
       coalesce(TRY_CAST(share_decideurs AS DOUBLE), 0) AS share_decideurs,
       coalesce(TRY_CAST(share_financeurs AS DOUBLE), 0) AS share_financeurs,
       TRY_CAST(mean_severity AS DOUBLE) AS mean_severity,
       TRY_CAST(median_waiting_days AS DOUBLE) AS median_waiting_days,
       CAST(trend AS VARCHAR) AS trend,
       TRY_CAST(rank AS INTEGER) AS rank,
       TRY_CAST(robust_z AS DOUBLE) AS robust_z
FROM diagnostic
WHERE CAST(level AS VARCHAR) = ? AND CAST(territory_code AS VARCHAR) = ? AND CAST(period AS VARCHAR) = ?
ORDER BY public, need_domain
