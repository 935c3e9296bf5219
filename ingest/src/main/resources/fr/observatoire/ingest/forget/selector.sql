-- The observation id or contributor to erase, bound once and read by the erased(row) macro.
CREATE OR REPLACE TEMP TABLE selector AS SELECT CAST(? AS VARCHAR) AS value
