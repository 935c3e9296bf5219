package fr.observatoire.analytics.emerging;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.analytics.duckdb.DuckDbEngine;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.fixture.Commune;
import fr.observatoire.analytics.fixture.Datasets;
import fr.observatoire.analytics.fixture.TestLake;
import fr.observatoire.analytics.spark.LocalSpark;
import fr.observatoire.analytics.spark.SparkEngine;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(LocalSpark.class)
class EmergingEngineAgreementTest {

    @Test
    void sparkAndDuckDbFlagTheSameCellsWithTheSameFigures(SparkSession spark, @TempDir Path work) {
        // a grouping that crosses the departement boundary: three communes of 47 and two of 24
        List<Commune> lot = Commune.ofDepartement("47").subList(0, 60);
        List<Commune> dordogne = Commune.ofDepartement("24").subList(0, 2);
        SeededNeeds needs = new SeededNeeds(lot, 99L, 1.0, 10.0)
                .rise(new SeededNeeds.Rise(1, "personnes_agees", "isolement", 8.0, 4.0))
                .newcomer(new SeededNeeds.Newcomer(2, "adultes_handicapes", "repit_aidants", 9));
        Path spark1 = write(work.resolve("spark"), needs, lot, dordogne);
        Path duck1 = write(work.resolve("duckdb"), new SeededNeeds(lot, 99L, 1.0, 10.0)
                .rise(new SeededNeeds.Rise(1, "personnes_agees", "isolement", 8.0, 4.0))
                .newcomer(new SeededNeeds.Newcomer(2, "adultes_handicapes", "repit_aidants", 9)), lot, dordogne);

        EmergingSummary onSpark;
        try (Engine engine = new SparkEngine(spark)) {
            onSpark = new EmergingJob(engine).run(EmergingRequest.of(new fr.observatoire.lake.Lake(spark1), null));
        }
        EmergingSummary onDuckDb;
        try (Engine engine = new DuckDbEngine()) {
            onDuckDb = new EmergingJob(engine).run(EmergingRequest.of(new fr.observatoire.lake.Lake(duck1), null));
        }

        assertThat(onSpark.flagged()).isPositive().isEqualTo(onDuckDb.flagged());
        assertThat(onSpark.cells()).isEqualTo(onDuckDb.cells());
        assertThat(Datasets.rows(spark1.resolve("emerging"))).extracting(row -> row.get(0))
                .contains("commune", "grouping:Bassin test");
        Datasets.assertSame(spark1.resolve("emerging"), duck1.resolve("emerging"), 1e-9);
    }

    @Test
    void agreeWithoutGroupingsNorEarlierPeriods(SparkSession spark, @TempDir Path work) {
        List<Commune> lot = Commune.ofDepartement("47").subList(0, 20);
        for (String lake : List.of("spark", "duckdb")) {
            new TestLake(work.resolve(lake)).observations(new SeededNeeds(lot, 5L, 2.0, 6.0).rows());
        }
        try (Engine engine = new SparkEngine(spark)) {
            new EmergingJob(engine).run(EmergingRequest.of(new fr.observatoire.lake.Lake(work.resolve("spark")), null));
        }
        try (Engine engine = new DuckDbEngine()) {
            new EmergingJob(engine).run(EmergingRequest.of(new fr.observatoire.lake.Lake(work.resolve("duckdb")), null));
        }
        Datasets.assertSame(work.resolve("spark").resolve("emerging"), work.resolve("duckdb").resolve("emerging"),
                1e-9);
        // a lake with one period only: nothing to compare with, an empty output on both engines
        for (String lake : List.of("spark-one", "duckdb-one")) {
            new TestLake(work.resolve(lake)).observations(new SeededNeeds(lot, 5L, 2.0, 6.0).rows().stream()
                    .filter(row -> row.period().equals("2025")).toList());
        }
        try (Engine engine = new SparkEngine(spark)) {
            assertThat(new EmergingJob(engine).run(EmergingRequest.of(
                    new fr.observatoire.lake.Lake(work.resolve("spark-one")), null)).flagged()).isZero();
        }
        Datasets.assertSame(work.resolve("spark-one").resolve("emerging"), work.resolve("spark-one").resolve("emerging"), 0);
    }

    private static Path write(Path root, SeededNeeds needs, List<Commune> lot, List<Commune> dordogne) {
        TestLake lake = new TestLake(root).observations(needs.rows());
        lake.reference("groupings", List.of(new String[] {"grouping", "VARCHAR"},
                        new String[] {"commune_code", "VARCHAR"}, new String[] {"zone", "VARCHAR"}),
                List.of(java.util.Arrays.asList("Bassin test", lot.get(1).code(), null),
                        java.util.Arrays.asList("Bassin test", lot.get(2).code(), null),
                        java.util.Arrays.asList("Bassin test", lot.get(3).code(), null),
                        java.util.Arrays.asList("Bassin test", dordogne.get(0).code(), null),
                        java.util.Arrays.asList("Bassin test", dordogne.get(1).code(), null)));
        return root;
    }
}
