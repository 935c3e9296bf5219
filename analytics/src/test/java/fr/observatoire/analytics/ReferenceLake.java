package fr.observatoire.analytics;

import fr.observatoire.lake.Lake;
import fr.observatoire.lake.ReferenceTable;
import fr.observatoire.lake.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes the reference tables of a test lake from the real files of {@code data-samples/reference/} (COG 2026,
 * INSEE population estimates) with DuckDB, with the columns that {@link ReferenceTable} documents; groupings and
 * supply from rows given by the test.
 */
public final class ReferenceLake {

    /** The committed reference CSV files, relative to a module's folder (Surefire's working directory). */
    public static final Path REFERENCE_CSV = Path.of("..", "data-samples", "reference").toAbsolutePath().normalize();

    private ReferenceLake() {
    }

    /** A grouping member: a commune of a named grouping, in an optional sub-zone. */
    public record GroupingMember(String grouping, String communeCode, String zone) {
    }

    /** A supply registry row. */
    public record Supply(String establishmentId, String category, String publicCode, Integer places,
                         String communeCode, String departementCode) {
    }

    /** Writes communes, epci, departements and population from the committed CSV files. */
    public static void writeCog(Lake lake) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            copy(s, lake, ReferenceTable.COMMUNES, "SELECT code_insee AS commune_code, nom AS commune_name,"
                    + " code_departement AS departement_code, code_region AS region_code, NULLIF(siren_epci, '') AS epci_code,"
                    + " NULLIF(nom_epci, '') AS epci_name, NULLIF(type_epci, '') AS epci_type,"
                    + " TRY_CAST(population_municipale AS BIGINT) AS population, CAST(NULL AS VARCHAR) AS postal_codes, zone,"
                    + " 'COG 2026' AS source, '2026' AS vintage FROM " + csv("communes_2026.csv"));
            copy(s, lake, ReferenceTable.EPCI, "SELECT siren_epci AS epci_code, nom AS epci_name, type AS epci_type,"
                    + " TRY_CAST(population_municipale AS BIGINT) AS population, CAST(nb_membres AS INTEGER) AS members,"
                    + " 'COG 2026' AS source, '2026' AS vintage FROM " + csv("epci_2026.csv"));
            copy(s, lake, ReferenceTable.DEPARTEMENTS, "SELECT code_departement AS departement_code,"
                    + " nom AS departement_name, code_region AS region_code, nom_region AS region_name, zone,"
                    + " TRY_CAST(population_municipale_somme_communes AS BIGINT) AS population,"
                    + " 'COG 2026' AS source, '2026' AS vintage FROM " + csv("departements_2026.csv"));
            copy(s, lake, ReferenceTable.POPULATION, "SELECT dep_code AS departement_code, CAST(annee AS INTEGER) AS year,"
                    + " CAST(pop_totale AS BIGINT) AS pop_totale, CAST(pop_0_19 AS BIGINT) AS pop_0_19,"
                    + " CAST(pop_20_59 AS BIGINT) AS pop_20_59, CAST(pop_60_plus AS BIGINT) AS pop_60_plus,"
                    + " CAST(pop_65_plus AS BIGINT) AS pop_65_plus, CAST(pop_75_plus AS BIGINT) AS pop_75_plus,"
                    + " CAST(pop_85_plus AS BIGINT) AS pop_85_plus, 'INSEE estimations de population' AS source,"
                    + " 'fin 2024' AS vintage FROM " + csv("insee_pop_dep_tranches_cles_2015_2025.csv"));
        }
    }

    /** Writes the groupings table (an empty table when no member is given). */
    public static void writeGroupings(Lake lake, List<GroupingMember> members) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE g (grouping VARCHAR, commune_code VARCHAR, zone VARCHAR, source VARCHAR, vintage VARCHAR)");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO g VALUES (?, ?, ?, 'test', 'test')")) {
                for (GroupingMember m : members) {
                    insert.setString(1, m.grouping());
                    insert.setString(2, m.communeCode());
                    insert.setString(3, m.zone());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            copy(s, lake, ReferenceTable.GROUPINGS, "SELECT * FROM g");
        }
    }

    /** Writes the supply table. */
    public static void writeSupply(Lake lake, List<Supply> rows) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE sp (establishment_id VARCHAR, name VARCHAR, category_code VARCHAR, category VARCHAR,"
                    + " public VARCHAR, places INTEGER, commune_code VARCHAR, departement_code VARCHAR,"
                    + " source VARCHAR, vintage VARCHAR)");
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO sp VALUES (?, 'test establishment', NULL, ?, ?, ?, ?, ?, 'test', 'test')")) {
                for (Supply r : rows) {
                    insert.setString(1, r.establishmentId());
                    insert.setString(2, r.category());
                    insert.setString(3, r.publicCode());
                    insert.setObject(4, r.places());
                    insert.setString(5, r.communeCode());
                    insert.setString(6, r.departementCode());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            copy(s, lake, ReferenceTable.SUPPLY, "SELECT * FROM sp");
        }
    }

    private static String csv(String name) {
        return "read_csv(" + Sql.literal(REFERENCE_CSV.resolve(name)) + ", header = true, all_varchar = true)";
    }

    private static void copy(Statement s, Lake lake, ReferenceTable table, String select) throws SQLException {
        Path folder = lake.reference(table);
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new SQLException("Cannot create " + folder, e);
        }
        s.execute("COPY (" + select + ") TO " + Sql.literal(folder.resolve("part-0.parquet")) + " (FORMAT parquet)");
    }
}
