SELECT CAST(departement_code AS VARCHAR), CAST(departement_name AS VARCHAR)
FROM ref_departements WHERE CAST(departement_code AS VARCHAR) = ?
