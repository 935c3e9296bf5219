package fr.observatoire.lake;

/**
 * Reference tables under {@code <lake>/reference/}. Every table carries {@code source} and {@code vintage} columns
 * so that each figure can say where its denominator comes from.
 */
public enum ReferenceTable {
    /**
     * communes: commune_code, commune_name, departement_code, region_code, epci_code, epci_name, population
     * (population municipale), postal_codes (VARCHAR, '|'-joined), zone, source, vintage.
     */
    COMMUNES("communes"),
    /** epci: epci_code, epci_name, epci_type, population (DGCL vintage), members (count), source, vintage. */
    EPCI("epci"),
    /** departements: departement_code, departement_name, region_code, region_name, zone, population, source, vintage. */
    DEPARTEMENTS("departements"),
    /**
     * population: departement_code, year (INTEGER), pop_totale, pop_0_19, pop_20_59, pop_60_plus, pop_65_plus,
     * pop_75_plus, pop_85_plus (BIGINT), source, vintage. INSEE estimates by département.
     */
    POPULATION("population"),
    /** groupings: grouping (name), commune_code, zone (nullable sub-zone), source, vintage. */
    GROUPINGS("groupings"),
    /**
     * supply: establishment_id, name, category_code, category (normalised: SAVS, SAMSAH, EHPAD...), public,
     * places (INTEGER), commune_code, departement_code, source, vintage.
     */
    SUPPLY("supply");

    private final String directory;

    ReferenceTable(String directory) {
        this.directory = directory;
    }

    public String directory() { return directory; }
}
