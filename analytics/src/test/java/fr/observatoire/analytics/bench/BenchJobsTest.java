package fr.observatoire.analytics.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.observatoire.analytics.DiagnosticsJob;
import fr.observatoire.analytics.engine.EngineKind;
import fr.observatoire.analytics.fixture.Commune;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchJobsTest {

    @Test
    void takesTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertThat(BenchJobs.medianOf(List.of(9.0, 1.0, 4.0))).isEqualTo(4.0);
        assertThat(BenchJobs.medianOf(List.of(9.0, 1.0, 4.0, 2.0))).isEqualTo(3.0);
    }

    @Test
    void timesTheDiagnosticOnDuckDbAloneWithTheHandWrittenQueryAndEachStep(@TempDir Path work) {
        List<String> progress = new ArrayList<>();
        BenchReport report = new BenchJobs(Clock.systemUTC()).run(new BenchJobsRequest(List.of(3_000L), work,
                Commune.referenceFolder(), 5L, List.of(DiagnosticsJob.NAME), EnumSet.of(EngineKind.DUCKDB), 2),
                progress::add);

        BenchMeasure measure = report.measures().get(0);
        // What ran and what it wrote; the times themselves are the bench's output, never a test's.
        assertThat(measure.duckdbRows()).isPositive();
        assertThat(measure.duckdbSteps()).containsOnlyKeys("dg_obs", "dg_counts", "dg_rates", "dg_spread",
                "diagnostic", "write diagnostic", "dg_shared_count");
        // Runs alternate: the hand-written query runs after the engine, then before it.
        assertThat(progress).filteredOn(line -> line.contains("run 2/2"))
                .extracting(line -> line.substring(line.lastIndexOf(": ") + 2))
                .containsExactly("hand-written DuckDB query", "duckdb");
        assertThat(progress).noneMatch(line -> line.endsWith(": spark"));
        assertThat(report.lines()).anyMatch(line -> line.startsWith(BenchJobs.HAND_WRITTEN))
                .anyMatch(line -> line.contains("diagnostic duckdb steps s: dg_obs "));
    }

    @Test
    void refusesToTimeSparkWithoutASession(@TempDir Path work) {
        BenchJobsRequest request = new BenchJobsRequest(List.of(1_000L), work, Commune.referenceFolder(), 5L,
                List.of(), EnumSet.allOf(EngineKind.class), 1);

        assertThatThrownBy(() -> new BenchJobs(Clock.systemUTC()).run(request, line -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no Spark session");
    }
}
