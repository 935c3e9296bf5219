SELECT DISTINCT CAST(departement_code AS VARCHAR) FROM ref_communes WHERE CAST(epci_code AS VARCHAR) = ? ORDER BY 1
