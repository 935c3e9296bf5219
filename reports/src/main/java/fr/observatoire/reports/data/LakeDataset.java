package fr.observatoire.reports.data;

import fr.observatoire.lake.Lake;
import fr.observatoire.lake.ObservationColumns;
import fr.observatoire.lake.ReferenceTable;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The lake datasets a report reads, each as a DuckDB view. Columns that a dataset may lack are listed so that the
 * view adds them as NULL; a dataset that is absent altogether becomes an empty view with the columns reports use.
 */
public enum LakeDataset {
    DIAGNOSTIC("diagnostic", lake -> lake.output("diagnostic"), true,
            List.of("population", "denominator", "rate_per_10k", "source_groups", "shared", "share_usagers_habitants",
                    "share_professionnels", "share_decideurs", "share_financeurs", "mean_severity",
                    "median_waiting_days", "trend", "rank", "robust_z"),
            List.of("level", "territory_code", "territory_name", "period", "public", "need_domain", "observations",
                    "persons")),
    GAPS("gaps", lake -> lake.output("gaps"), false,
            List.of("places", "target_population", "places_per_1000", "reference_national_median",
                    "reference_regional_median", "places_to_reference", "expressed_need_persons", "zone_blanche",
                    "priority_rank", "territory_name", "expressed_need_observations"),
            List.of("level", "territory_code", "public", "category")),
    /** {@code <lake>/gaps_dispersion}: coefficient of variation of equipment rates between départements. */
    GAPS_DISPERSION("gaps_dispersion", lake -> lake.output("gaps_dispersion"), false,
            List.of("departements", "mean_places_per_1000", "stddev_places_per_1000", "coefficient_of_variation"),
            List.of("category", "public")),
    EMERGING("emerging", lake -> lake.output("emerging"), false,
            List.of("baseline_mean", "ratio", "score", "p_value", "status"),
            List.of("level", "territory_code", "period", "public", "need_domain", "observations")),
    /** {@code <lake>/quality/territories}: completeness and freshness per département and région. */
    QUALITY("quality_territories", lake -> lake.output("quality").resolve("territories"), false,
            List.of("observations", "contributors", "last_ingested_at"),
            List.of("level", "territory_code", "observations")),
    /** {@code <lake>/quality/contributors}: reporting status (a_jour, en_retard, silencieux) per contributor. */
    QUALITY_CONTRIBUTORS("quality_contributors", lake -> lake.output("quality").resolve("contributors"), false,
            List.of("source_group", "last_period", "days_since_last_batch", "reject_rate", "completeness_persons"),
            List.of("contributor", "source_group", "status", "last_period", "days_since_last_batch", "reject_rate",
                    "completeness_persons")),
    /** {@code <lake>/themes/theme_counts}: themes of the free texts per territory (contract of the themes job). */
    THEME_COUNTS("theme_counts", lake -> lake.output("themes").resolve("theme_counts"), false,
            List.of("label", "territory_observations", "share", "usagers_habitants", "professionnels", "decideurs",
                    "financeurs", "source_groups", "rank", "period_from", "period_to"),
            List.of("level", "territory_code", "theme", "observations")),
    /** {@code <lake>/themes/specificities}: items over- or under-represented in a territory or an actor group. */
    THEME_SPECIFICITIES("theme_specificities", lake -> lake.output("themes").resolve("specificities"), false,
            List.of("label", "part_observations", "total_count", "total_observations", "expected", "score",
                    "p_value", "direction", "rank", "period_from", "period_to"),
            List.of("level", "territory_code", "actor_group", "item_kind", "item", "count")),
    /** {@code <lake>/themes/cooccurrences}: pairs of themes or terms mentioned by the same observations. */
    THEME_COOCCURRENCES("theme_cooccurrences", lake -> lake.output("themes").resolve("cooccurrences"), false,
            List.of("label_a", "label_b", "count_a", "count_b", "observations", "jaccard", "lift", "rank",
                    "period_from", "period_to"),
            List.of("level", "territory_code", "item_kind", "item_a", "item_b", "count_ab")),
    /** {@code <lake>/themes/concordance}: redacted verbatims in context (KWIC) of cells at or above min_cell. */
    THEME_CONCORDANCE("theme_concordance", lake -> lake.output("themes").resolve("concordance"), false,
            List.of("label", "observation_id", "observed_on", "actor_group", "public", "need_domain",
                    "left_context", "right_context", "cell_contributors", "line", "period_from", "period_to"),
            List.of("level", "territory_code", "item_kind", "item", "keyword", "cell_observations")),
    OBSERVATIONS("observations", Lake::observations, false, List.of("text", "redactions"),
            ObservationColumns.FILE_COLUMNS.stream().map(c -> c[0]).toList()),
    COMMUNES("ref_communes", lake -> lake.reference(ReferenceTable.COMMUNES), false,
            List.of("source", "vintage", "epci_code", "region_code"),
            List.of("commune_code", "commune_name", "departement_code", "region_code", "epci_code", "population",
                    "source", "vintage")),
    DEPARTEMENTS("ref_departements", lake -> lake.reference(ReferenceTable.DEPARTEMENTS), false,
            List.of("source", "vintage"),
            List.of("departement_code", "departement_name", "region_code", "population", "source", "vintage")),
    POPULATION("ref_population", lake -> lake.reference(ReferenceTable.POPULATION), false,
            List.of("source", "vintage"), List.of("departement_code", "source", "vintage")),
    GROUPINGS("groupings", lake -> lake.reference(ReferenceTable.GROUPINGS), false,
            List.of("zone", "source", "vintage"), List.of("grouping", "commune_code", "zone", "source", "vintage")),
    SUPPLY("ref_supply", lake -> lake.reference(ReferenceTable.SUPPLY), false,
            List.of("source", "vintage"), List.of("category", "source", "vintage"));

    private final String view;
    private final Function<Lake, Path> folder;
    private final boolean required;
    private final List<String> optionalColumns;
    private final List<String> emptyColumns;

    LakeDataset(String view, Function<Lake, Path> folder, boolean required, List<String> optionalColumns,
            List<String> emptyColumns) {
        this.view = view;
        this.folder = folder;
        this.required = required;
        this.optionalColumns = optionalColumns;
        this.emptyColumns = emptyColumns;
    }

    /** The DuckDB view name: a fixed identifier, never user input. */
    public String view() { return view; }

    public Path folder(Lake lake) { return folder.apply(lake); }

    /** Whether a report cannot be made without it. */
    public boolean required() { return required; }

    /** A one-row SELECT of untyped NULL columns: the union takes the file's type when the column exists. */
    String optionalSelect() {
        List<String> columns = optionalColumns.isEmpty() ? List.of("_none") : optionalColumns;
        return "SELECT " + String.join(", ", columns.stream().map(c -> "NULL AS " + c).toList());
    }

    String emptySelect() {
        if (this == OBSERVATIONS) {
            return "SELECT " + String.join(", ", ObservationColumns.FILE_COLUMNS.stream()
                    .map(c -> "CAST(NULL AS " + c[1] + ") AS " + c[0]).toList());
        }
        java.util.LinkedHashSet<String> columns = new java.util.LinkedHashSet<>(emptyColumns);
        columns.addAll(optionalColumns);
        return nullSelect(List.copyOf(columns));
    }

    /** Reference tables: they carry source and vintage. */
    /** The datasets written by the themes job. */
    public boolean themes() {
        return view.startsWith("theme_");
    }

    public boolean reference() {
        return view.startsWith("ref_") || this == GROUPINGS;
    }

    private static String nullSelect(List<String> columns) {
        return "SELECT " + String.join(", ", columns.stream().map(c -> "CAST(NULL AS VARCHAR) AS " + c).toList());
    }
}
