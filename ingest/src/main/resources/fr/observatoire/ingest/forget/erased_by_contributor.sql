-- Any row (observations, history, rejects) is erased when the contributor sent it.
CREATE OR REPLACE TEMP MACRO erased(r) AS r.contributor IS NOT DISTINCT FROM (SELECT value FROM selector)
