-- A reject row is erased when its raw record carries the observation id under one of the id columns of the input
-- schema (observation_id, id, identifiant, _uuid, uuid, meta/instanceID, instanceid; any group prefix dropped).
CREATE OR REPLACE TEMP MACRO erased(r) AS coalesce(list_contains(
        list_transform(
            list_filter(map_entries(TRY_CAST(TRY_CAST(r.raw_record AS JSON) AS MAP(VARCHAR, VARCHAR))),
                        e -> lower(regexp_replace(e.key, '^.*/', ''))
                                 IN ('observation_id', 'id', 'identifiant', '_uuid', 'uuid', 'instanceid')),
            e -> e.value),
        (SELECT value FROM selector)), false)
