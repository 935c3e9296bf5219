package fr.observatoire.analytics.bench;

import java.time.Duration;

/**
 * One job timed on both engines over one lake. {@code handWritten} is the time of the hand-written DuckDB query
 * computing the same figures, for the jobs that have one (else null).
 */
public record BenchMeasure(long observations, String job, Duration spark, Duration duckdb, long sparkRows,
                           long duckdbRows, Duration handWritten) {

    /** Spark time over DuckDB time. */
    public double sparkOverDuckDb() {
        return seconds(spark) / seconds(duckdb);
    }

    /** DuckDB engine time over the hand-written query's time; NaN without one. */
    public double engineOverHandWritten() {
        return handWritten == null ? Double.NaN : seconds(duckdb) / seconds(handWritten);
    }

    static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
