-- The baseline: DuckDB's own CSV reader and Parquet writer on the same file; {csv} and {parquet} are quoted by Sql.literal.
COPY (SELECT * FROM read_csv({csv}, delim = ';', header = true, quote = '"')) TO {parquet} (FORMAT parquet)
