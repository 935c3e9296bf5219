COPY ledger TO ${target} (FORMAT parquet)
