-- Source and vintage of one reference table ({name} is a fixed view name from LakeDataset).
SELECT DISTINCT CAST(source AS VARCHAR) AS source, CAST(vintage AS VARCHAR) AS vintage FROM {name} ORDER BY 1, 2
