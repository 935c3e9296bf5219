-- One part file of staged observations from the CSV the sink wrote (already validated, normalised and redacted):
-- DuckDB parses it in parallel and writes Parquet. {csv} and {path} are quoted by Sql.literal; {columns} is the
-- struct of ObservationColumns.FILE_COLUMNS, so the part has exactly those columns and types.
COPY (
  SELECT * FROM read_csv({csv}, header = false, delim = ',', quote = '"', escape = '"',
                         allow_quoted_nulls = false, auto_detect = false, new_line = '\n',
                         columns = {columns})
) TO {path} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 122880)
