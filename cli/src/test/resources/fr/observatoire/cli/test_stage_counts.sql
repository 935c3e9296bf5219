SELECT count(*), count(*) FILTER (WHERE coalesce(erreur, '') <> '')
FROM read_csv(${file}, delim = ';', header = true, all_varchar = true)
