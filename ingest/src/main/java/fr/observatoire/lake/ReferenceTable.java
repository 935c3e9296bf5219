package fr.observatoire.lake;

/**
 * Reference tables under {@code <lake>/reference/}, one Parquet file each ({@code <table>/<table>.parquet}, replaced
 * whole by an atomic rename on each import). Every table carries {@code source} and {@code vintage} columns
 * so that each figure can say where its denominator comes from, and {@code imported_at} (TIMESTAMP, UTC). Column
 * names and types: {@code fr.observatoire.reference.ReferenceColumns}. Written by
 * {@code fr.observatoire.reference.ReferenceImport}.
 */
public enum ReferenceTable {
    /**
     * communes: commune_code, commune_name, departement_code, region_code, epci_code, epci_name, epci_type,
     * population (BIGINT, population municipale 2023, null when none is published), postal_codes (VARCHAR,
     * '|'-joined, La Poste via @etalab/decoupage-administratif), zone (metro, drom, com), source, vintage.
     * 34,969 current communes of COG 2026 (no municipal arrondissements).
     */
    COMMUNES("communes"),
    /**
     * epci: epci_code, epci_name, epci_type (CC, CA, CU, METRO, MET69), financing, population (DGCL population
     * municipale), population_totale (DGCL), members (INTEGER count), member_codes ('|'-joined), source, vintage.
     * DGCL populations are another vintage than the communes': never mix them in one ratio.
     */
    EPCI("epci"),
    /**
     * departements: departement_code, departement_name, region_code, region_name, zone, chef_lieu, communes
     * (INTEGER), population (sum of the communes' population municipale), source, vintage.
     */
    DEPARTEMENTS("departements"),
    /**
     * population: departement_code, departement_name, year (INTEGER), pop_totale, pop_0_19, pop_20_59,
     * pop_60_plus, pop_65_plus, pop_75_plus, pop_85_plus (BIGINT), source, vintage. INSEE estimates by département
     * at 1 January (2015–2025), Corsica as 2A/2B, Rhône as 69.
     */
    POPULATION("population"),
    /** groupings: grouping (name), commune_code, zone (nullable sub-zone), departement_code, source, vintage. */
    GROUPINGS("groupings"),
    /**
     * supply: establishment_id, legal_entity_id, name, category_code (FINESS categetab or as declared),
     * category_label, category (normalised: SAVS, SAMSAH, EHPAD..., OTHER), public (Public code), places (INTEGER,
     * null when no capacity is known), commune_code, departement_code, x_lambert93, y_lambert93 (DOUBLE), source,
     * vintage.
     */
    SUPPLY("supply"),
    /**
     * aide_sociale: DREES beneficiaries of aide sociale by table and département: tableau, title, year (INTEGER),
     * departement_code (comparable with INSEE: 2A/2B, 69; 20 where DREES only publishes Corsica whole),
     * published_code (the DREES code: 20, 69D, 69M, "69D+69M" when summed), region_code, label, value (DOUBLE,
     * null when missing), source, vintage. TOTAL rows are not kept.
     */
    AIDE_SOCIALE("aide_sociale");

    private final String directory;

    ReferenceTable(String directory) {
        this.directory = directory;
    }

    public String directory() { return directory; }
}
