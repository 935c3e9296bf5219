-- One part file of a staged dataset; {path} is quoted by Sql.literal.
COPY staged TO {path} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)
