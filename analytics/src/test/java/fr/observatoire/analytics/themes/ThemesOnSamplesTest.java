package fr.observatoire.analytics.themes;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.analytics.PeriodRange;
import fr.observatoire.analytics.duckdb.DuckDbEngine;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.fixture.Datasets;
import fr.observatoire.analytics.spark.LocalSpark;
import fr.observatoire.analytics.spark.SparkEngine;
import fr.observatoire.lake.Lake;
import fr.observatoire.lake.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The themes job on the committed samples, ingested for real (validation, redaction), on both engines. */
@ExtendWith(LocalSpark.class)
class ThemesOnSamplesTest {

    @TempDir
    static Path root;

    static Lake lake;
    static ThemesSummary onDuckDb;
    static Path duckDbOutput;

    @BeforeAll
    static void ingestAndRunOnDuckDb() throws Exception {
        lake = SampleLake.build(root.resolve("lake"));
        try (Engine engine = new DuckDbEngine()) {
            onDuckDb = new ThemesJob(engine).run(ThemesRequest.of(lake, PeriodRange.all(), null));
        }
        duckDbOutput = root.resolve("themes-duckdb");
        Files.move(lake.output(ThemesJob.OUTPUT), duckDbOutput);
    }

    static List<List<Object>> rows(String table) {
        return Datasets.rows(duckDbOutput.resolve(table));
    }

    @Test
    void mostObservationsGetThemesAndEveryDepartementHasSome() {
        assertThat(onDuckDb.observations()).isGreaterThan(2_000);
        assertThat(onDuckDb.withThemes()).isGreaterThan(onDuckDb.observations() * 8 / 10);
        Map<Object, Long> themesPerDepartement = rows(ThemesColumns.THEME_COUNTS).stream()
                .filter(r -> r.get(0).equals("departement"))
                .collect(Collectors.groupingBy(r -> r.get(1), Collectors.counting()));
        assertThat(themesPerDepartement).containsOnlyKeys("13", "47", "59")
                .allSatisfy((code, themes) -> assertThat(themes).isGreaterThanOrEqualTo(20));
        assertThat(rows(ThemesColumns.OBSERVATION_THEMES)).allSatisfy(r -> assertThat(r.get(14)).isEqualTo("themes-v1"));
    }

    @Test
    void theSamplesSignalsComeOutAsSpecificities() {
        // the generator plants exhausted carers asking for respite in the Marmandais (47) and young adults leaving
        // child welfare without housing (jeunes majeurs, logement) everywhere, most in the Bouches-du-Rhône sample
        List<List<Object>> over = rows(ThemesColumns.SPECIFICITIES).stream()
                .filter(r -> r.get(0).equals("departement") && r.get(4).equals("ensemble")
                        && r.get(5).equals("theme") && r.get(15).equals("sur")).toList();
        assertThat(over).filteredOn(r -> r.get(1).equals("47")).extracting(r -> r.get(6))
                .contains("epuisement_aidants", "accueil_de_jour");
        assertThat(over).filteredOn(r -> r.get(1).equals("13")).extracting(r -> r.get(6)).contains("sortie_ase");
    }

    @Test
    void concordanceShowsOnlyRedactedTextOfCellsAboveTheThreshold() throws Exception {
        List<List<Object>> lines = rows(ThemesColumns.CONCORDANCE);
        assertThat(lines).isNotEmpty()
                .allSatisfy(l -> assertThat((Long) l.get(15)).isGreaterThanOrEqualTo(ThemesRequest.DEFAULT_MIN_CELL))
                .allSatisfy(l -> assertThat((Integer) l.get(17)).isBetween(1, ThemesRequest.DEFAULT_MAX_LINES));
        // every line is the lake's (redacted) text around the keyword: no e-mail, phone or NIR survives
        String all = lines.stream().map(l -> l.get(12) + " " + l.get(13) + " " + l.get(14))
                .collect(Collectors.joining("\n"));
        assertThat(all).doesNotContainPattern("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\\.[a-z]{2,}")
                .doesNotContainPattern("0[1-9]( ?[0-9]{2}){4}");
        List<Object> first = lines.get(0);
        String text = lakeText((String) first.get(7));
        String left = (String) first.get(12);
        assertThat(text.replaceAll("\\s+", " ")).contains((left.isEmpty() ? "" : left + " ") + first.get(13));
    }

    @Test
    void sparkAndDuckDbWriteTheSameRows(SparkSession spark) {
        ThemesSummary onSpark;
        try (Engine engine = new SparkEngine(spark)) {
            onSpark = new ThemesJob(engine).run(ThemesRequest.of(lake, PeriodRange.all(), null));
        }
        assertThat(onSpark.tables()).isEqualTo(onDuckDb.tables());
        assertThat(onSpark.withThemes()).isEqualTo(onDuckDb.withThemes());
        for (String table : ThemesColumns.TABLES) {
            Datasets.assertSame(lake.output(ThemesJob.OUTPUT).resolve(table), duckDbOutput.resolve(table), 1e-9);
        }
    }

    private static String lakeText(String observationId) throws Exception {
        try (var duck = java.sql.DriverManager.getConnection("jdbc:duckdb:");
             var statement = duck.prepareStatement("SELECT text FROM read_parquet("
                     + Sql.literal(Lake.glob(lake.observations())) + ", hive_partitioning = true)"
                     + " WHERE observation_id = ?")) {
            statement.setString(1, observationId);
            try (var rs = statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }
}
