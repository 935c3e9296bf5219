-- The in-memory table a sink appends to before each part is copied out; {columns} is a *Columns.DDL constant.
CREATE TABLE staged ({columns})
