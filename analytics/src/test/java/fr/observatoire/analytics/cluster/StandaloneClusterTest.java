package fr.observatoire.analytics.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("cluster")
class StandaloneClusterTest {

    @Test
    void runsAnApplicationOnSeparateMasterAndWorkerProcesses(@TempDir Path work) throws Exception {
        Path out = work.resolve("sum");
        try (StandaloneCluster cluster = StandaloneCluster.start(work, 1, 2, jvmFlags())) {
            Path log = work.resolve("logs").resolve("driver.log");
            int exit = cluster.submit(SmokeDriver.class.getName(), List.of("100000", out.toString()), log,
                    Duration.ofSeconds(90));
            assertThat(exit).as("driver exit code; its log ends with:%n%s", StandaloneCluster.tail(log, 60)).isZero();
        }
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
             ResultSet rows = duck.createStatement().executeQuery(
                     "SELECT total FROM read_parquet(" + fr.observatoire.lake.Sql.literal(out.resolve("*.parquet")) + ")")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getLong(1)).isEqualTo(100000L * 99999L / 2);
        }
    }

    /** The module flags this test JVM got from Surefire (Spark's {@code --add-opens} list), for the cluster JVMs. */
    static List<String> jvmFlags() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(flag -> flag.startsWith("--add-") || flag.startsWith("-XX:+IgnoreUnrecognized")
                        || flag.startsWith("-Djdk.reflect") || flag.startsWith("-Dio.netty"))
                .toList();
    }
}
