SELECT CAST(commune_code AS VARCHAR), CAST(commune_name AS VARCHAR), CAST(departement_code AS VARCHAR)
FROM ref_communes WHERE CAST(commune_code AS VARCHAR) = ?
