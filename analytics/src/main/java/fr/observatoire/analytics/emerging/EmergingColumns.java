package fr.observatoire.analytics.emerging;

/**
 * Columns of {@code <lake>/emerging}: one row per flagged territory x public x need domain, ranked within its
 * level. Documented in {@code docs/analytics-emerging-quality.md}.
 */
public final class EmergingColumns {

    private EmergingColumns() {
    }

    public static final String LEVEL = "level";                               // STRING commune|epci|departement|region|france|grouping:<name>
    public static final String TERRITORY_CODE = "territory_code";             // STRING
    public static final String PERIOD = "period";                             // STRING, the period tested
    public static final String PUBLIC = "public";                             // STRING, Public code
    public static final String NEED_DOMAIN = "need_domain";                   // STRING, NeedDomain code
    public static final String OBSERVATIONS = "observations";                 // BIGINT, in the tested period
    public static final String BASELINE_PERIODS = "baseline_periods";         // INTEGER
    public static final String BASELINE_OBSERVATIONS = "baseline_observations"; // BIGINT, summed over the baseline
    public static final String BASELINE_MEAN = "baseline_mean";               // DOUBLE, per baseline period
    public static final String RATIO = "ratio";                               // DOUBLE, observations / baseline_mean; null when nouveau
    public static final String P_VALUE = "p_value";                           // DOUBLE
    public static final String STATUS = "status";                             // STRING nouveau|en_hausse
    public static final String RANK = "rank";                                 // INTEGER, 1 = most significant in its level

    /** Status of a cell absent from every baseline period. */
    public static final String NOUVEAU = "nouveau";
    /** Status of a cell significantly above its baseline. */
    public static final String EN_HAUSSE = "en_hausse";
}
