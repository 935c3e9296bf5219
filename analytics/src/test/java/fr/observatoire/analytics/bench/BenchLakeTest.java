package fr.observatoire.analytics.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.observatoire.analytics.fixture.Commune;
import fr.observatoire.analytics.fixture.Datasets;
import fr.observatoire.lake.Lake;
import fr.observatoire.lake.Sql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchLakeTest {

    @Test
    void drawsCommunesInProportionToTheirPopulation(@TempDir Path root) throws Exception {
        BenchLake.Result result = new BenchLake().generate(
                new BenchLakeRequest(root, 200_000, 42L, Commune.referenceFolder()));

        Lake lake = result.lake();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet r = duck.createStatement().executeQuery("SELECT COUNT(*) AS n, "
                     + "AVG(CASE WHEN departement_code = '75' THEN 1.0 ELSE 0.0 END) AS paris, "
                     + "AVG(CASE WHEN departement_code = '48' THEN 1.0 ELSE 0.0 END) AS lozere, "
                     + "AVG(CASE WHEN commune_code IS NULL THEN 1.0 ELSE 0.0 END) AS coarse, "
                     + "COUNT(DISTINCT batch_id) AS batches, MIN(period) AS first, MAX(period) AS last "
                     + "FROM read_parquet(" + Sql.literal(Lake.glob(lake.observations())) + ", hive_partitioning = true)")) {
            r.next();
            assertThat(r.getLong("n")).isEqualTo(200_000);
            // Paris holds 2.09 M of the 68.1 M inhabitants of the COG (3.07 %), Lozère 76,000 (0.11 %)
            assertThat(r.getDouble("paris")).isCloseTo(0.0307, within(0.002));
            assertThat(r.getDouble("lozere")).isCloseTo(0.0011, within(0.0004));
            assertThat(r.getDouble("coarse")).isCloseTo(0.03, within(0.003));
            assertThat(r.getLong("batches")).isEqualTo(20);
            assertThat(r.getString("first")).isEqualTo("2021");
            assertThat(r.getString("last")).isEqualTo("2025");
        }
        assertThat(Datasets.schema(lake.observations())).contains("observation_id VARCHAR", "persons INTEGER",
                "source_line BIGINT", "ingested_at TIMESTAMP", "observed_on DATE", "batch_id VARCHAR");
    }

    @Test
    void givesTheSameRowsForTheSameSeed(@TempDir Path root) {
        new BenchLake().generate(new BenchLakeRequest(root.resolve("a"), 5_000, 7L, Commune.referenceFolder()));
        new BenchLake().generate(new BenchLakeRequest(root.resolve("b"), 5_000, 7L, Commune.referenceFolder()));

        assertThat(Datasets.rows(root.resolve("a").resolve("observations")))
                .isEqualTo(Datasets.rows(root.resolve("b").resolve("observations")));
    }
}
