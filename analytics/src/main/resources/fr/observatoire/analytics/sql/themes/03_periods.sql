-- themes step 3: the first and last period present in the selection (null when it is empty).
SELECT MIN(period) AS period_from, MAX(period) AS period_to FROM th_obs
