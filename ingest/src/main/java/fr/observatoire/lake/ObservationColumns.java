package fr.observatoire.lake;

import java.util.List;

/**
 * Columns of {@code <lake>/observations} (schema version 1). {@code batch_id} comes from the hive partition folder.
 * Types are DuckDB/Spark SQL types; {@link #DDL} is the same list as one string.
 */
public final class ObservationColumns {

    private ObservationColumns() {
    }

    public static final int SCHEMA_VERSION = 1;

    public static final String OBSERVATION_ID = "observation_id";      // VARCHAR, stable id given by the contributor or derived
    public static final String BATCH_ID = "batch_id";                  // VARCHAR, hive partition
    public static final String SOURCE_GROUP = "source_group";          // VARCHAR, SourceGroup code
    public static final String CONTRIBUTOR = "contributor";            // VARCHAR, organisation, never a person
    public static final String OBSERVED_ON = "observed_on";            // DATE
    public static final String PERIOD = "period";                      // VARCHAR, the year of observed_on ("2025") unless the batch gives one
    public static final String COMMUNE_CODE = "commune_code";          // VARCHAR, COG code, null when coarser
    public static final String EPCI_CODE = "epci_code";                // VARCHAR, SIREN of the EPCI
    public static final String DEPARTEMENT_CODE = "departement_code";  // VARCHAR, COG (2A, 2B, 69, 971...)
    public static final String REGION_CODE = "region_code";            // VARCHAR
    public static final String TERRITORY_PRECISION = "territory_precision"; // VARCHAR, TerritoryLevel code
    public static final String PUBLIC = "public";                      // VARCHAR, Public code
    public static final String NEED_DOMAIN = "need_domain";            // VARCHAR, NeedDomain code
    public static final String KIND = "kind";                          // VARCHAR, ObservationKind code
    public static final String PERSONS = "persons";                    // INTEGER, persons concerned, nullable
    public static final String SEVERITY = "severity";                  // INTEGER 1..4, nullable
    public static final String WAITING_DAYS = "waiting_days";          // INTEGER, nullable
    public static final String TEXT = "text";                          // VARCHAR, redacted free text, nullable
    public static final String FORM_VERSION = "form_version";          // VARCHAR, nullable
    public static final String REDACTIONS = "redactions";              // INTEGER, redactions made in text
    public static final String SOURCE_FILE = "source_file";            // VARCHAR, file name (no directory)
    public static final String SOURCE_LINE = "source_line";            // BIGINT, line (CSV) or record number
    public static final String INGESTED_AT = "ingested_at";            // TIMESTAMP (UTC)

    /** Column names and types in file order (batch_id excluded: it is the partition). */
    public static final List<String[]> FILE_COLUMNS = List.of(
            new String[] {OBSERVATION_ID, "VARCHAR"},
            new String[] {SOURCE_GROUP, "VARCHAR"},
            new String[] {CONTRIBUTOR, "VARCHAR"},
            new String[] {OBSERVED_ON, "DATE"},
            new String[] {PERIOD, "VARCHAR"},
            new String[] {COMMUNE_CODE, "VARCHAR"},
            new String[] {EPCI_CODE, "VARCHAR"},
            new String[] {DEPARTEMENT_CODE, "VARCHAR"},
            new String[] {REGION_CODE, "VARCHAR"},
            new String[] {TERRITORY_PRECISION, "VARCHAR"},
            new String[] {PUBLIC, "VARCHAR"},
            new String[] {NEED_DOMAIN, "VARCHAR"},
            new String[] {KIND, "VARCHAR"},
            new String[] {PERSONS, "INTEGER"},
            new String[] {SEVERITY, "INTEGER"},
            new String[] {WAITING_DAYS, "INTEGER"},
            new String[] {TEXT, "VARCHAR"},
            new String[] {FORM_VERSION, "VARCHAR"},
            new String[] {REDACTIONS, "INTEGER"},
            new String[] {SOURCE_FILE, "VARCHAR"},
            new String[] {SOURCE_LINE, "BIGINT"},
            new String[] {INGESTED_AT, "TIMESTAMP"});

    /** {@code name TYPE, ...} for CREATE TABLE. */
    public static final String DDL = String.join(", ",
            FILE_COLUMNS.stream().map(c -> c[0] + " " + c[1]).toList());
}
