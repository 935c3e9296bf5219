package fr.observatoire.analytics.themes;

import java.util.List;

/**
 * Columns of {@code <lake>/themes/}: one Parquet dataset folder per table ({@link #TABLES}). The contract is
 * {@code docs/analytics-themes.md}; columns may be added, never renamed or removed.
 */
public final class ThemesColumns {

    private ThemesColumns() {
    }

    /** Table folders under {@code <lake>/themes/}. */
    public static final String OBSERVATION_THEMES = "observation_themes";
    public static final String THEME_COUNTS = "theme_counts";
    public static final String SPECIFICITIES = "specificities";
    public static final String COOCCURRENCES = "cooccurrences";
    public static final String CONCORDANCE = "concordance";

    public static final List<String> TABLES = List.of(OBSERVATION_THEMES, THEME_COUNTS, SPECIFICITIES, COOCCURRENCES,
            CONCORDANCE);

    // shared
    public static final String LEVEL = "level";                         // STRING commune|epci|departement|region|france|grouping:<name>
    public static final String TERRITORY_CODE = "territory_code";       // STRING
    public static final String PERIOD_FROM = "period_from";             // STRING, first period present in the selection
    public static final String PERIOD_TO = "period_to";                 // STRING, last period present in the selection
    public static final String ITEM_KIND = "item_kind";                 // STRING theme|term
    public static final String ITEM = "item";                           // STRING theme code or normalised term (stem)
    public static final String LABEL = "label";                         // STRING theme label or most frequent surface form
    public static final String RANK = "rank";                           // INTEGER

    // observation_themes
    public static final String OBSERVATION_ID = "observation_id";       // STRING
    public static final String PERIOD = "period";                       // STRING
    public static final String OBSERVED_ON = "observed_on";             // DATE
    public static final String ACTOR_GROUP = "actor_group";             // STRING ActorGroup code; specificities: or 'ensemble'
    public static final String SOURCE_GROUP = "source_group";           // STRING
    public static final String PUBLIC = "public";                       // STRING
    public static final String NEED_DOMAIN = "need_domain";             // STRING
    public static final String COMMUNE_CODE = "commune_code";           // STRING
    public static final String EPCI_CODE = "epci_code";                 // STRING
    public static final String DEPARTEMENT_CODE = "departement_code";   // STRING
    public static final String REGION_CODE = "region_code";             // STRING
    public static final String THEME = "theme";                         // STRING theme code
    public static final String MATCHED = "matched";                     // STRING first match as written
    public static final String VOCABULARY_VERSION = "vocabulary_version"; // STRING e.g. themes-v1

    // theme_counts
    public static final String OBSERVATIONS = "observations";           // BIGINT
    public static final String TERRITORY_OBSERVATIONS = "territory_observations"; // BIGINT, with a non-empty text
    public static final String SHARE = "share";                         // DOUBLE observations / territory_observations
    public static final String USAGERS_HABITANTS = "usagers_habitants"; // BIGINT
    public static final String PROFESSIONNELS = "professionnels";       // BIGINT
    public static final String DECIDEURS = "decideurs";                 // BIGINT
    public static final String FINANCEURS = "financeurs";               // BIGINT
    public static final String SOURCE_GROUPS = "source_groups";         // INTEGER 0..4

    // specificities
    public static final String COUNT = "count";                         // BIGINT k
    public static final String PART_OBSERVATIONS = "part_observations"; // BIGINT n
    public static final String TOTAL_COUNT = "total_count";             // BIGINT K
    public static final String TOTAL_OBSERVATIONS = "total_observations"; // BIGINT N
    public static final String EXPECTED = "expected";                   // DOUBLE n*K/N
    public static final String SCORE = "score";                         // DOUBLE signed chi-square (Yates)
    public static final String P_VALUE = "p_value";                     // DOUBLE
    public static final String DIRECTION = "direction";                 // STRING sur|sous|neutre

    // cooccurrences
    public static final String ITEM_A = "item_a";                       // STRING, item_a < item_b
    public static final String ITEM_B = "item_b";                       // STRING
    public static final String LABEL_A = "label_a";                     // STRING
    public static final String LABEL_B = "label_b";                     // STRING
    public static final String COUNT_AB = "count_ab";                   // BIGINT
    public static final String COUNT_A = "count_a";                     // BIGINT
    public static final String COUNT_B = "count_b";                     // BIGINT
    public static final String JACCARD = "jaccard";                     // DOUBLE
    public static final String LIFT = "lift";                           // DOUBLE

    // concordance
    public static final String LEFT_CONTEXT = "left_context";           // STRING
    public static final String KEYWORD = "keyword";                     // STRING as written
    public static final String RIGHT_CONTEXT = "right_context";         // STRING
    public static final String CELL_OBSERVATIONS = "cell_observations"; // BIGINT
    public static final String CELL_CONTRIBUTORS = "cell_contributors"; // BIGINT
    public static final String LINE = "line";                           // INTEGER 1..max_lines

    /** {@code specificities.actor_group} of the territory against the whole selection. */
    public static final String ENSEMBLE = "ensemble";
    /** {@code item_kind} of a theme of the vocabulary. */
    public static final String KIND_THEME = "theme";
    /** {@code item_kind} of a normalised term. */
    public static final String KIND_TERM = "term";
    /** {@code specificities.direction} values. */
    public static final String SUR = "sur";
    public static final String SOUS = "sous";
    public static final String NEUTRE = "neutre";
}
