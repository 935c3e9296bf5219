-- An absent optional dataset: an empty view with the columns reports read ({name} and {columns} are fixed by LakeDataset).
CREATE OR REPLACE VIEW {name} AS SELECT * FROM ({columns}) WHERE false
