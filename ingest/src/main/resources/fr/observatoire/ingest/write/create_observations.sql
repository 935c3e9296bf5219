-- Staging tables of ObservationSink: bounded vocabularies and territories are appended as dictionary indexes
-- (integers append far faster than strings through the JDBC appender) and joined back to text when a part is copied.
CREATE TABLE dim_term (idx INTEGER, value VARCHAR);
CREATE TABLE dim_territory (idx INTEGER, commune_code VARCHAR, epci_code VARCHAR, departement_code VARCHAR, region_code VARCHAR, territory_precision VARCHAR);
CREATE TABLE staged (observation_id VARCHAR, source_group INTEGER, contributor VARCHAR, observed_on DATE, period VARCHAR, territory INTEGER, public INTEGER, need_domain INTEGER, kind INTEGER, persons INTEGER, severity INTEGER, waiting_days INTEGER, text VARCHAR, form_version VARCHAR, redactions INTEGER, source_file INTEGER, source_line BIGINT, ingested_at TIMESTAMP)
