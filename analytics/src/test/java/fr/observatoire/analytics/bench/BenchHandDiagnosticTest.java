package fr.observatoire.analytics.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.analytics.DiagnosticsJob;
import fr.observatoire.analytics.DiagnosticsRequest;
import fr.observatoire.analytics.duckdb.DuckDbEngine;
import fr.observatoire.analytics.fixture.Commune;
import fr.observatoire.analytics.fixture.Datasets;
import fr.observatoire.lake.Lake;
import fr.observatoire.lake.Sql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's yardstick is fair only if the hand-written query computes exactly what the job writes. */
class BenchHandDiagnosticTest {

    @Test
    void theHandWrittenQueryWritesTheDiagnosticTableItselfRowForRowInTheSameOrder(@TempDir Path root) throws Exception {
        Lake lake = new BenchLake().generate(new BenchLakeRequest(root.resolve("lake"), 30_000, 11L,
                Commune.referenceFolder())).lake();
        Path hand = root.resolve("hand");

        try (DuckDbEngine engine = new DuckDbEngine()) {
            new DiagnosticsJob(engine).run(DiagnosticsRequest.of(lake));
        }
        BenchJobs.writeHandWrittenDiagnostic(lake, hand);

        Path job = lake.output(DiagnosticsJob.NAME);
        assertThat(Datasets.schema(hand)).isEqualTo(Datasets.schema(job));
        List<List<Object>> expected = inFileOrder(job);
        assertThat(inFileOrder(hand)).isEqualTo(expected);
        // The comparison covers every figure: each level, trends, ranks and robust z-scores are there.
        assertThat(expected).extracting(row -> row.get(0)).contains("commune", "epci", "departement", "region",
                "france");
        int trend = 20;
        int robustZ = 22;
        assertThat(expected).anyMatch(row -> row.get(trend) != null);
        assertThat(expected).anyMatch(row -> row.get(robustZ) != null);
    }

    private static List<List<Object>> inFileOrder(Path dataset) throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet r = duck.createStatement().executeQuery(
                     "SELECT * FROM read_parquet(" + Sql.literal(Lake.glob(dataset)) + ")")) {
            while (r.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    row.add(r.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
