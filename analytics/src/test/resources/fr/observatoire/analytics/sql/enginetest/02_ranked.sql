-- Test step: window functions over the previous step's view, a null-safe ratio, ordered output.
SELECT grp,
       batch_id,
       n,
       total,
       median_v,
       mean_v,
       last_day,
       last_seen,
       label,
       CAST(RANK() OVER (PARTITION BY batch_id ORDER BY n DESC, grp) AS INTEGER) AS rank_in_batch,
       CAST(total AS DOUBLE) / NULLIF(CAST(LAG(total) OVER (PARTITION BY grp ORDER BY batch_id) AS DOUBLE), 0)
           AS ratio_to_previous,
       n >= 2 AS several
FROM groups
ORDER BY batch_id, grp
