package fr.observatoire.reference;

import java.util.ArrayList;
import java.util.List;

/**
 * Column names and types of the reference tables under {@code <lake>/reference/} (see
 * {@link fr.observatoire.lake.ReferenceTable}). Types are DuckDB/Spark SQL types. Every table ends with
 * {@link #SOURCE}, {@link #VINTAGE} and {@link #IMPORTED_AT}.
 */
public final class ReferenceColumns {

    private ReferenceColumns() {
    }

    /** A column of a reference table. */
    public record Column(String name, String type) {
    }

    public static final String SOURCE = "source";
    public static final String VINTAGE = "vintage";
    public static final String IMPORTED_AT = "imported_at";

    public static final String COMMUNE_CODE = "commune_code";
    public static final String COMMUNE_NAME = "commune_name";
    public static final String DEPARTEMENT_CODE = "departement_code";
    public static final String DEPARTEMENT_NAME = "departement_name";
    public static final String REGION_CODE = "region_code";
    public static final String REGION_NAME = "region_name";
    public static final String EPCI_CODE = "epci_code";
    public static final String EPCI_NAME = "epci_name";
    public static final String EPCI_TYPE = "epci_type";
    public static final String POPULATION = "population";
    public static final String POSTAL_CODES = "postal_codes";
    public static final String ZONE = "zone";

    private static final List<Column> PROVENANCE = List.of(
            new Column(SOURCE, "VARCHAR"), new Column(VINTAGE, "VARCHAR"), new Column(IMPORTED_AT, "TIMESTAMP"));

    /** communes: one row per current commune of the COG. postal_codes is '|'-joined. population may be null. */
    public static final List<Column> COMMUNES = withProvenance(
            new Column(COMMUNE_CODE, "VARCHAR"), new Column(COMMUNE_NAME, "VARCHAR"),
            new Column(DEPARTEMENT_CODE, "VARCHAR"), new Column(REGION_CODE, "VARCHAR"),
            new Column(EPCI_CODE, "VARCHAR"), new Column(EPCI_NAME, "VARCHAR"), new Column(EPCI_TYPE, "VARCHAR"),
            new Column(POPULATION, "BIGINT"), new Column(POSTAL_CODES, "VARCHAR"), new Column(ZONE, "VARCHAR"));

    /** epci: population and population_totale are DGCL figures (another vintage than the commune populations). */
    public static final List<Column> EPCI = withProvenance(
            new Column(EPCI_CODE, "VARCHAR"), new Column(EPCI_NAME, "VARCHAR"), new Column(EPCI_TYPE, "VARCHAR"),
            new Column("financing", "VARCHAR"), new Column(POPULATION, "BIGINT"),
            new Column("population_totale", "BIGINT"), new Column("members", "INTEGER"),
            new Column("member_codes", "VARCHAR"));

    public static final List<Column> DEPARTEMENTS = withProvenance(
            new Column(DEPARTEMENT_CODE, "VARCHAR"), new Column(DEPARTEMENT_NAME, "VARCHAR"),
            new Column(REGION_CODE, "VARCHAR"), new Column(REGION_NAME, "VARCHAR"), new Column(ZONE, "VARCHAR"),
            new Column("chef_lieu", "VARCHAR"), new Column("communes", "INTEGER"), new Column(POPULATION, "BIGINT"));

    public static final String YEAR = "year";

    /** population: INSEE estimates by département and year; the band columns are named as in AgeBand.column(). */
    public static final List<Column> POPULATION_BANDS = withProvenance(
            new Column(DEPARTEMENT_CODE, "VARCHAR"), new Column(DEPARTEMENT_NAME, "VARCHAR"),
            new Column(YEAR, "INTEGER"), new Column("pop_totale", "BIGINT"), new Column("pop_0_19", "BIGINT"),
            new Column("pop_20_59", "BIGINT"), new Column("pop_60_plus", "BIGINT"),
            new Column("pop_65_plus", "BIGINT"), new Column("pop_75_plus", "BIGINT"),
            new Column("pop_85_plus", "BIGINT"));

    public static final String GROUPING = "grouping";

    public static final List<Column> GROUPINGS = withProvenance(
            new Column(GROUPING, "VARCHAR"), new Column(COMMUNE_CODE, "VARCHAR"), new Column(ZONE, "VARCHAR"),
            new Column(DEPARTEMENT_CODE, "VARCHAR"));

    public static final String ESTABLISHMENT_ID = "establishment_id";
    public static final String CATEGORY_CODE = "category_code";
    public static final String CATEGORY = "category";
    public static final String PUBLIC = "public";
    public static final String PLACES = "places";

    /**
     * supply: category is the normalised category (EHPAD, SSIAD...), category_label the label as published,
     * public a {@link fr.observatoire.vocabulary.Public} code, places null when no capacity is known, x/y Lambert-93.
     */
    public static final List<Column> SUPPLY = withProvenance(
            new Column(ESTABLISHMENT_ID, "VARCHAR"), new Column("legal_entity_id", "VARCHAR"),
            new Column("name", "VARCHAR"), new Column(CATEGORY_CODE, "VARCHAR"),
            new Column("category_label", "VARCHAR"), new Column(CATEGORY, "VARCHAR"), new Column(PUBLIC, "VARCHAR"),
            new Column(PLACES, "INTEGER"), new Column(COMMUNE_CODE, "VARCHAR"), new Column(DEPARTEMENT_CODE, "VARCHAR"),
            new Column("x_lambert93", "DOUBLE"), new Column("y_lambert93", "DOUBLE"));

    /**
     * aide_sociale: DREES beneficiaries by table, year and département. departement_code is comparable with INSEE
     * codes (2A, 2B, 69; 20 only where DREES publishes Corsica as a whole); published_code keeps the DREES code.
     */
    public static final List<Column> AIDE_SOCIALE = withProvenance(
            new Column("tableau", "VARCHAR"), new Column("title", "VARCHAR"), new Column(YEAR, "INTEGER"),
            new Column(DEPARTEMENT_CODE, "VARCHAR"), new Column("published_code", "VARCHAR"),
            new Column(REGION_CODE, "VARCHAR"), new Column("label", "VARCHAR"), new Column("value", "DOUBLE"));

    private static List<Column> withProvenance(Column... columns) {
        List<Column> all = new ArrayList<>(List.of(columns));
        all.addAll(PROVENANCE);
        return List.copyOf(all);
    }
}
