-- themes step 2: what the French analysis reads (annotated in Java into th_mentions).
SELECT observation_id, text FROM th_obs
