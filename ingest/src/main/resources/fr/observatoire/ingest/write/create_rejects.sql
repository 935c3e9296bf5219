-- Staging table of RejectSink; {columns} is RejectColumns.DDL.
CREATE TABLE staged ({columns})
