-- One part file of staged rejects; {path} is quoted by Sql.literal.
COPY staged TO {path} (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 122880)
