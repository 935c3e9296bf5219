package fr.observatoire.analytics.gaps;

/**
 * Columns of {@code <lake>/gaps} (one row per territory x supply category) and {@code <lake>/gaps_dispersion}
 * (one row per category), documented in {@code docs/analytics-outputs.md}.
 */
public final class GapColumns {

    private GapColumns() {
    }

    public static final String LEVEL = "level";                                  // STRING departement|region|france
    public static final String TERRITORY_CODE = "territory_code";                // STRING
    public static final String TERRITORY_NAME = "territory_name";                // STRING
    public static final String PUBLIC = "public";                                // STRING Public code
    public static final String CATEGORY = "category";                            // STRING supply category
    public static final String DENOMINATOR = "denominator";                      // STRING population band column
    public static final String POPULATION_YEAR = "population_year";              // INTEGER
    public static final String PLACES = "places";                                // BIGINT, null when not covered
    public static final String TARGET_POPULATION = "target_population";          // BIGINT
    public static final String PLACES_PER_1000 = "places_per_1000";              // DOUBLE
    public static final String REFERENCE_NATIONAL_MEDIAN = "reference_national_median"; // DOUBLE
    public static final String REFERENCE_REGIONAL_MEDIAN = "reference_regional_median"; // DOUBLE
    public static final String PLACES_TO_REFERENCE = "places_to_reference";      // BIGINT
    public static final String EXPRESSED_NEED_PERSONS = "expressed_need_persons"; // BIGINT
    public static final String EXPRESSED_NEED_OBSERVATIONS = "expressed_need_observations"; // BIGINT
    public static final String ZONE_BLANCHE = "zone_blanche";                    // BOOLEAN
    public static final String PRIORITY_RANK = "priority_rank";                  // INTEGER

    // gaps_dispersion
    public static final String DEPARTEMENTS = "departements";                    // INTEGER covered départements
    public static final String MEAN_PLACES_PER_1000 = "mean_places_per_1000";    // DOUBLE
    public static final String STDDEV_PLACES_PER_1000 = "stddev_places_per_1000"; // DOUBLE
    public static final String COEFFICIENT_OF_VARIATION = "coefficient_of_variation"; // DOUBLE
}
