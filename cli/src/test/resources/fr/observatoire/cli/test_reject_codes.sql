SELECT erreur, count(*)
FROM read_csv(${file}, delim = ';', header = true, all_varchar = true)
WHERE coalesce(erreur, '') <> ''
GROUP BY erreur
