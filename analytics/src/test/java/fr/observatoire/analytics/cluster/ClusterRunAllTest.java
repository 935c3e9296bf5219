package fr.observatoire.analytics.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.analytics.bench.BenchLake;
import fr.observatoire.analytics.bench.BenchLakeRequest;
import fr.observatoire.analytics.fixture.Commune;
import fr.observatoire.analytics.fixture.Datasets;
import fr.observatoire.analytics.quality.QualityJob;
import fr.observatoire.analytics.spark.LocalSpark;
import fr.observatoire.lake.Lake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every job on a real standalone cluster (a master and a worker in their own JVMs, the driver submitted by
 * spark-submit's own entry point) and locally on an identical lake, and compares the outputs row by row.
 */
@Tag("cluster")
@ExtendWith(LocalSpark.class)
class ClusterRunAllTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

    @Test
    void runAllOnAStandaloneClusterWritesTheSameRowsAsALocalRun(SparkSession local, @TempDir Path work)
            throws Exception {
        Path onCluster = work.resolve("lake-cluster");
        Path onLocal = work.resolve("lake-local");
        for (Path root : List.of(onCluster, onLocal)) {
            new BenchLake().generate(new BenchLakeRequest(root, 1_500, 11L, Commune.referenceFolder()));
        }

        Path log = work.resolve("logs").resolve("driver.log");
        try (StandaloneCluster cluster = StandaloneCluster.start(work, 1, 2, StandaloneClusterTest.jvmFlags())) {
            int exit = cluster.submit(RunAllDriver.class.getName(), List.of(onCluster.toString(), AS_OF.toString()),
                    log, Duration.ofMinutes(8));
            assertThat(exit).as("driver exit code; its log ends with:%n%s", StandaloneCluster.tail(log, 60)).isZero();
            assertThat(Files.readString(log)).contains("master " + cluster.masterUrl());
        }
        RunAllDriver.runAll(local, new Lake(onLocal), AS_OF);

        List<String> outputs = new ArrayList<>(List.of("diagnostic", "gaps", "gaps_dispersion", "emerging"));
        QualityJob.TABLES.forEach(table -> outputs.add("quality/" + table));
        for (String output : outputs) {
            assertThat(onCluster.resolve(output)).isDirectory();
            Datasets.assertSame(onCluster.resolve(output), onLocal.resolve(output), 1e-12);
        }
        assertThat(Datasets.rows(onCluster.resolve("diagnostic"))).isNotEmpty();
    }
}
