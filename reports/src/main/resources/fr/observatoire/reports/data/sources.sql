-- Source and vintages of one reference table ({name} is a fixed view name from LakeDataset); a long run of vintages
-- (population estimates by year) is shown as its first and last.
SELECT CAST(source AS VARCHAR) AS source,
       CASE WHEN count(DISTINCT vintage) > 2
            THEN min(CAST(vintage AS VARCHAR)) || ' … ' || max(CAST(vintage AS VARCHAR))
            ELSE string_agg(DISTINCT CAST(vintage AS VARCHAR), ', ' ORDER BY CAST(vintage AS VARCHAR)) END AS vintage
FROM {name}
GROUP BY 1
ORDER BY 1
