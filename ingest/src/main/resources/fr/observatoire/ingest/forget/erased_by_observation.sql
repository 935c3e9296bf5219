-- An observations or history row is erased when it is the observation.
CREATE OR REPLACE TEMP MACRO erased(r) AS r.observation_id IS NOT DISTINCT FROM (SELECT value FROM selector)
