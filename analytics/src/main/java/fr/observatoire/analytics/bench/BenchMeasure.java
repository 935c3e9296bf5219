package fr.observatoire.analytics.bench;

import java.time.Duration;
import java.util.Map;

/**
 * One job timed over one lake: the median of the repeated runs on each engine (null for an engine not timed), and
 * for the diagnostic the median time of the hand-written DuckDB query computing the same table, the median of the
 * per-run ratios engine / hand-written (each ratio from two runs next to each other, so that a change of the
 * machine's load between runs weighs less) and the median time of each DuckDB step.
 *
 * @param duckdbSteps median time of each step of the job on DuckDB (view name, or {@code write <view>}), in order;
 *                    empty when DuckDB was not timed
 */
public record BenchMeasure(long observations, String job, int repeats, Duration spark, Duration duckdb,
                           long sparkRows, long duckdbRows, Duration handWritten, double engineOverHandWritten,
                           Map<String, Duration> duckdbSteps) {

    public BenchMeasure {
        duckdbSteps = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(duckdbSteps));
    }

    /** Spark time over DuckDB time; NaN unless both were timed. */
    public double sparkOverDuckDb() {
        return spark == null || duckdb == null ? Double.NaN : seconds(spark) / seconds(duckdb);
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
