package fr.observatoire.analytics.themes;

import fr.observatoire.analytics.PeriodRange;
import fr.observatoire.analytics.bench.BenchLake;
import fr.observatoire.analytics.bench.BenchLakeRequest;
import fr.observatoire.analytics.bench.BenchTexts;
import fr.observatoire.analytics.duckdb.DuckDbEngine;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.spark.SparkEngine;
import fr.observatoire.lake.Lake;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;

/**
 * Times the themes job on DuckDB and on Spark over a generated lake with French texts ({@link BenchLake} then
 * {@link BenchTexts}), after a warm-up run of both engines on a small lake (class loading and JIT not counted).
 */
public final class ThemesBench {

    static final long WARM_UP_OBSERVATIONS = 20_000;

    /**
     * What to time.
     *
     * @param workDir      where the lakes are generated ({@code lake-themes-warm-up}, {@code lake-themes-<N>})
     * @param observations observations of the measured lake
     * @param seed         generator seed
     * @param referenceDir the real reference files ({@code data-samples/reference})
     * @param spark        whether to time Spark too (DuckDB always)
     */
    public record Request(Path workDir, long observations, long seed, Path referenceDir, boolean spark) {
        public Request {
            Objects.requireNonNull(workDir, "workDir");
            Objects.requireNonNull(referenceDir, "referenceDir");
            if (observations < 1) {
                throw new IllegalArgumentException("observations must be at least 1, was " + observations);
            }
        }
    }

    /** What was measured: the job's summary per engine, DuckDB first, and the lake's generation time. */
    public record Report(long observations, Duration generation, List<ThemesSummary> runs) {

        /** The report as printed: per engine rows/s and time per step, then the ratio. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "themes on %,d observations (lake generated in %.1f s)", observations,
                    generation.toMillis() / 1000.0));
            for (ThemesSummary run : runs) {
                double seconds = run.elapsed().toNanos() / 1e9;
                lines.add(String.format(Locale.ROOT, "%-6s %8.1f s  %,10.0f observations/s  %,d with text, %,d with"
                        + " themes; rows %s", run.engine(), seconds, observations / seconds, run.observations(),
                        run.withThemes(), run.tables()));
                for (Map.Entry<String, Duration> step : run.steps().entrySet()) {
                    lines.add(String.format(Locale.ROOT, "         %-24s %8.2f s", step.getKey(),
                            step.getValue().toNanos() / 1e9));
                }
            }
            if (runs.size() == 2) {
                lines.add(String.format(Locale.ROOT, "spark / duckdb: %.1f x",
                        runs.get(1).elapsed().toNanos() / (double) runs.get(0).elapsed().toNanos()));
            }
            return lines;
        }
    }

    private final SparkSession spark;

    /** {@code spark} may be null when only DuckDB is timed. */
    public ThemesBench(SparkSession spark) {
        this.spark = spark;
    }

    public Report run(Request request, Consumer<String> progress) {
        if (request.spark() && spark == null) {
            throw new IllegalArgumentException("Timing Spark needs a Spark session");
        }
        progress.accept(String.format("warming up on %,d observations", WARM_UP_OBSERVATIONS));
        Lake warmUp = generate(request.workDir().resolve("lake-themes-warm-up"), WARM_UP_OBSERVATIONS, request);
        runOnce(new DuckDbEngine(), warmUp);
        if (request.spark()) {
            runOnce(new SparkEngine(spark), warmUp);
        }
        progress.accept(String.format("generating %,d observations with texts", request.observations()));
        long start = System.nanoTime();
        Lake lake = generate(request.workDir().resolve("lake-themes-" + request.observations()),
                request.observations(), request);
        Duration generation = Duration.ofNanos(System.nanoTime() - start);
        List<ThemesSummary> runs = new ArrayList<>();
        progress.accept("themes on duckdb");
        runs.add(runOnce(new DuckDbEngine(), lake));
        if (request.spark()) {
            progress.accept("themes on spark (" + spark.sparkContext().master() + ")");
            runs.add(runOnce(new SparkEngine(spark), lake));
        }
        return new Report(request.observations(), generation, runs);
    }

    private static Lake generate(Path root, long observations, Request request) {
        Lake lake = new BenchLake().generate(new BenchLakeRequest(root, observations, request.seed(),
                request.referenceDir())).lake();
        new BenchTexts().add(lake, request.seed());
        return lake;
    }

    private static ThemesSummary runOnce(Engine engine, Lake lake) {
        try (engine) {
            return new ThemesJob(engine).run(ThemesRequest.of(lake, PeriodRange.all(), null));
        }
    }
}
