-- gaps summary: number of zones blanches written.
SELECT CAST(COUNT(*) AS BIGINT) AS zones_blanches FROM gaps WHERE zone_blanche
