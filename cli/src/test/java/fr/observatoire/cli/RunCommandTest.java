package fr.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.lake.Lake;
import fr.observatoire.lake.ObservationColumns;
import fr.observatoire.lake.ReferenceTable;
import fr.observatoire.lake.Sql;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunCommandTest {

    static final Path REFERENCE = Path.of("..", "data-samples", "reference").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int execute(String... args) {
        CommandLine command = new CommandLine(new RunCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }

    /** A lake with the real COG and INSEE reference, one EHPAD in Gironde and two observations in Bordeaux. */
    Lake lake() throws Exception {
        Lake lake = new Lake(dir.resolve("lake"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            copy(s, lake.reference(ReferenceTable.COMMUNES), "SELECT code_insee AS commune_code, nom AS commune_name,"
                    + " code_departement AS departement_code, code_region AS region_code, NULLIF(siren_epci, '') AS epci_code,"
                    + " NULLIF(nom_epci, '') AS epci_name, TRY_CAST(population_municipale AS BIGINT) AS population FROM "
                    + csv("communes_2026.csv"));
            copy(s, lake.reference(ReferenceTable.DEPARTEMENTS), "SELECT code_departement AS departement_code,"
                    + " nom AS departement_name, code_region AS region_code, nom_region AS region_name,"
                    + " TRY_CAST(population_municipale_somme_communes AS BIGINT) AS population FROM " + csv("departements_2026.csv"));
            copy(s, lake.reference(ReferenceTable.POPULATION), "SELECT dep_code AS departement_code, CAST(annee AS INTEGER) AS year,"
                    + " CAST(pop_totale AS BIGINT) AS pop_totale, CAST(pop_0_19 AS BIGINT) AS pop_0_19,"
                    + " CAST(pop_20_59 AS BIGINT) AS pop_20_59, CAST(pop_60_plus AS BIGINT) AS pop_60_plus,"
                    + " CAST(pop_65_plus AS BIGINT) AS pop_65_plus, CAST(pop_75_plus AS BIGINT) AS pop_75_plus,"
                    + " CAST(pop_85_plus AS BIGINT) AS pop_85_plus FROM " + csv("insee_pop_dep_tranches_cles_2015_2025.csv"));
            copy(s, lake.reference(ReferenceTable.SUPPLY), "SELECT 'E1' AS establishment_id, 'EHPAD' AS category,"
                    + " 'personnes_agees' AS public, CAST(80 AS INTEGER) AS places, '33063' AS commune_code, '33' AS departement_code");
            s.execute("CREATE TABLE o (" + ObservationColumns.DDL + ")");
            s.execute("INSERT INTO o (observation_id, source_group, period, commune_code, epci_code, departement_code,"
                    + " region_code, territory_precision, public, need_domain, kind, persons) VALUES"
                    + " ('a', 'usager', '2025', '33063', '243300316', '33', '75', 'commune', 'personnes_agees', 'hebergement', 'besoin_non_couvert', 4),"
                    + " ('b', 'financeur', '2025', '33063', '243300316', '33', '75', 'commune', 'personnes_agees', 'hebergement', 'besoin_non_couvert', 2)");
            copy(s, lake.observations().resolve("batch_id=B1"), "SELECT * FROM o");
        }
        return lake;
    }

    static String csv(String name) {
        return "read_csv(" + Sql.literal(REFERENCE.resolve(name)) + ", header = true, all_varchar = true)";
    }

    static void copy(Statement s, Path folder, String select) throws Exception {
        Files.createDirectories(folder);
        s.execute("COPY (" + select + ") TO " + Sql.literal(folder.resolve("part-0.parquet")) + " (FORMAT parquet)");
    }

    @Test
    void runsEveryJobOnDuckDbAndPrintsRowsEngineAndTime() throws Exception {
        Lake lake = lake();
        int code = execute("all", "--lake", lake.root().toString(), "--engine", "duckdb", "--period", "2025");
        assertThat(code).as(err.toString()).isZero();
        // Bordeaux, Bordeaux Métropole, Gironde, Nouvelle-Aquitaine, France: 5 diagnostic rows.
        assertThat(out.toString()).contains("diagnostic: 5 rows -> " + lake.output("diagnostic") + " (duckdb, ")
                .containsPattern("gaps: 3,000 rows -> .*gaps \\(duckdb, [0-9.]+ s\\)");
        assertThat(Files.list(lake.output("gaps_dispersion"))).isNotEmpty();
    }

    @Test
    void refusesAPeriodTogetherWithARange() {
        int code = execute("diagnostic", "--lake", dir.toString(), "--period", "2025", "--from", "2024");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("either --period or --from/--to");
    }

    @Test
    void refusesAnUnknownJobEngineOrLevel() {
        assertThat(execute("forecast", "--lake", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown job 'forecast': expected diagnostic, gaps, emerging, quality, themes or all");
        assertThat(execute("diagnostic", "--lake", dir.toString(), "--engine", "flink")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown engine 'flink'");
        assertThat(execute("gaps", "--lake", dir.toString(), "--engine", "duckdb", "--level", "commune")).isEqualTo(2);
        assertThat(err.toString()).contains("departement, region and france");
    }
}
