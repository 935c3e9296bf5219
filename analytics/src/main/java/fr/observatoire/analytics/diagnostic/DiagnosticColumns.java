package fr.observatoire.analytics.diagnostic;

/**
 * Columns of {@code <lake>/diagnostic} (one row per territory x period x public x need domain), documented in
 * {@code docs/analytics-outputs.md}.
 */
public final class DiagnosticColumns {

    private DiagnosticColumns() {
    }

    public static final String LEVEL = "level";                          // STRING commune|epci|departement|region|france|grouping:<name>
    public static final String TERRITORY_CODE = "territory_code";        // STRING
    public static final String TERRITORY_NAME = "territory_name";        // STRING, null when not in the reference
    public static final String PERIOD = "period";                        // STRING
    public static final String PUBLIC = "public";                        // STRING, Public code
    public static final String NEED_DOMAIN = "need_domain";              // STRING, NeedDomain code
    public static final String OBSERVATIONS = "observations";            // BIGINT
    public static final String PERSONS = "persons";                      // BIGINT, null when no observation gives it
    public static final String POPULATION = "population";                // BIGINT denominator
    public static final String DENOMINATOR = "denominator";              // STRING pop_75_plus... or population_municipale
    public static final String POPULATION_YEAR = "population_year";      // INTEGER, INSEE estimate year (null for COG)
    public static final String RATE_PER_10K = "rate_per_10k";            // DOUBLE persons per 10,000
    public static final String SOURCE_GROUPS = "source_groups";          // INTEGER 0..4 actor groups
    public static final String SHARED = "shared";                        // BOOLEAN source_groups >= 3
    public static final String SHARE_USAGERS_HABITANTS = "share_usagers_habitants"; // DOUBLE
    public static final String SHARE_PROFESSIONNELS = "share_professionnels";       // DOUBLE
    public static final String SHARE_DECIDEURS = "share_decideurs";                 // DOUBLE
    public static final String SHARE_FINANCEURS = "share_financeurs";               // DOUBLE
    public static final String MEAN_SEVERITY = "mean_severity";          // DOUBLE
    public static final String MEDIAN_WAITING_DAYS = "median_waiting_days"; // DOUBLE
    public static final String TREND = "trend";                          // DOUBLE relative change vs previous period
    public static final String RANK = "rank";                            // INTEGER 1 = highest rate
    public static final String ROBUST_Z = "robust_z";                    // DOUBLE
}
