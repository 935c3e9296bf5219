-- diagnostic summary: number of shared findings (constats partagés) written.
SELECT CAST(COUNT(*) AS BIGINT) AS shared_findings FROM diagnostic WHERE shared
