package fr.observatoire.analytics.engine;

import java.nio.file.Path;
import java.util.List;

/**
 * An SQL engine that runs the analytics jobs: Spark ({@code fr.observatoire.analytics.spark.SparkEngine}, scales
 * out) or DuckDB ({@code fr.observatoire.analytics.duckdb.DuckDbEngine}, in-process, fast on one machine). A job is
 * engine-neutral: it registers its inputs as views, runs its {@link Step}s (one SQL resource each, in the common
 * SQL subset of both engines) and writes its output views as Parquet. Both engines give the same rows, values and
 * types for the same steps; {@code EngineAgreementTest} proves it for the jobs.
 *
 * <p>Typical use:
 * <pre>{@code
 * try (Engine engine = new DuckDbEngine()) {
 *     engine.register(new ParquetSource("observations", lake.observations(), LakeSchemas.OBSERVATIONS, true));
 *     engine.run(Step.of("obs_in_period", "quality/01_observations.sql", from, to));
 *     long rows = engine.write("obs_in_period", lake.output("quality"));
 * }
 * }</pre>
 *
 * <p>Views live as long as the engine; a view name registered again replaces the previous one. An engine is not
 * thread-safe: one job at a time. Closing it drops its views and caches but never stops a Spark session, which
 * belongs to the caller that built it.
 */
public interface Engine extends AutoCloseable {

    /** {@code spark} or {@code duckdb}, as printed by the run command. */
    String name();

    /**
     * Registers the Parquet files of {@code source.folder()} as the view {@code source.view()} with exactly the
     * columns of {@code source.schema()} in that order, each of its declared type (hive partition folders such as
     * {@code batch_id=B1} give a STRING column). Checks first that every schema column exists in the files.
     *
     * @throws fr.observatoire.error.InvalidInputException naming the folder and the first missing column, or the
     *                                                     folder when it is required and holds no Parquet file
     */
    void register(ParquetSource source);

    /**
     * Registers in-memory rows as a view, e.g. a crosswalk read from a resource. Values are Java objects of the
     * column types: String, Integer, Long, Double, Boolean, {@link java.time.LocalDate},
     * {@link java.time.LocalDateTime} (UTC), or null.
     */
    void register(String view, TableSchema schema, List<List<Object>> rows);

    /** Runs a step's query with its parameters bound and registers the result as the view {@code step.view()}. */
    void run(Step step);

    /** Runs the steps in order. */
    default void run(List<Step> steps) {
        steps.forEach(this::run);
    }

    /** Number of rows of a view. */
    long count(String view);

    /** Column names and types of a view, as the engine reports them (for checks and error messages). */
    TableSchema schema(String view);

    /**
     * The rows of a view, values normalised to String, Integer, Long, Double, Boolean, LocalDate, LocalDateTime or
     * null, in the order the view yields them (end its query with ORDER BY for a defined order). For small views:
     * summaries and tests.
     */
    List<List<Object>> collect(String view);

    /**
     * Writes a view as a Parquet dataset folder {@code target} (replacing the folder if it exists) and returns the
     * rows written. Files are written into {@code <target parent>/_work/} (for a job output that is
     * {@code Lake.work()}) and then moved into place, so readers never see half a dataset. An empty view writes a
     * Parquet file with the schema and no row. Rows keep the view's order.
     */
    long write(String view, Path target);

    /** Drops this engine's views and caches; never stops a caller's Spark session. */
    @Override
    void close();

    /**
     * Runs Java code over the rows of a view: every row of {@code source} (all its columns, in order) goes through
     * a worker of {@code annotator}, and the rows it emits, of the {@code output} schema, are registered as the
     * view {@code view} (computed once, like a step's result). Spark runs one worker per partition, in parallel;
     * DuckDB streams the rows through one worker and appends the output to a temporary table. The output rows are
     * the same on both engines; their order is not defined (order them in the next step).
     */
    void annotate(String source, String view, TableSchema output, RowAnnotator annotator);
}
