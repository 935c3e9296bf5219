package fr.observatoire.analytics.bench;

import fr.observatoire.analytics.DiagnosticsJob;
import fr.observatoire.analytics.DiagnosticsRequest;
import fr.observatoire.analytics.GapAnalysisJob;
import fr.observatoire.analytics.GapAnalysisRequest;
import fr.observatoire.analytics.duckdb.DuckDbEngine;
import fr.observatoire.analytics.engine.OutputFolders;
import fr.observatoire.error.ObservatoryException;
import fr.observatoire.lake.ReferenceTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import fr.observatoire.analytics.emerging.EmergingJob;
import fr.observatoire.analytics.emerging.EmergingRequest;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.quality.QualityJob;
import fr.observatoire.analytics.quality.QualityRequest;
import fr.observatoire.analytics.spark.SparkEngine;
import fr.observatoire.lake.Lake;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;

/**
 * Times every job on Spark and on DuckDB over generated lakes of growing size. Before measuring, each job runs
 * once on both engines over a small lake so that class loading and JIT warm-up are not counted.
 */
public final class BenchJobs {

    /** A job as the bench runs it: on an engine, over a lake, returning the rows of its main output. */
    interface BenchedJob {
        long run(Engine engine, Lake lake);
    }

    /** The jobs the bench times, in order. */
    public static final List<String> JOBS = List.of(DiagnosticsJob.NAME, GapAnalysisJob.NAME, EmergingJob.OUTPUT,
            QualityJob.OUTPUT);

    private static final long WARM_UP_OBSERVATIONS = 20_000;

    private final SparkSession spark;
    private final Clock clock;
    private final Map<String, BenchedJob> jobs;

    public BenchJobs(SparkSession spark, Clock clock) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.jobs = jobs(LocalDate.now(clock));
    }

    /** Names of the jobs the bench knows, in the order it runs them. */
    public List<String> jobNames() {
        return List.copyOf(jobs.keySet());
    }

    public BenchReport run(BenchJobsRequest request, Consumer<String> progress) {
        Map<String, BenchedJob> selected = select(request.jobs());
        BenchLake generator = new BenchLake();
        progress.accept("warming up on " + WARM_UP_OBSERVATIONS + " observations");
        Lake warmUp = generator.generate(new BenchLakeRequest(request.workDir().resolve("lake-warm-up"),
                WARM_UP_OBSERVATIONS, request.seed(), request.referenceDir())).lake();
        for (BenchedJob job : selected.values()) {
            time(job, warmUp, true);
            time(job, warmUp, false);
        }
        List<Duration> generation = new ArrayList<>();
        List<BenchMeasure> measures = new ArrayList<>();
        for (long size : request.sizes()) {
            progress.accept(String.format("generating %,d observations", size));
            BenchLake.Result lake = generator.generate(new BenchLakeRequest(
                    request.workDir().resolve("lake-" + size), size, request.seed(), request.referenceDir()));
            generation.add(lake.elapsed());
            for (Map.Entry<String, BenchedJob> job : selected.entrySet()) {
                progress.accept(String.format("%s on %,d observations: spark", job.getKey(), size));
                Timed onSpark = time(job.getValue(), lake.lake(), true);
                progress.accept(String.format("%s on %,d observations: duckdb", job.getKey(), size));
                Timed onDuckDb = time(job.getValue(), lake.lake(), false);
                Duration hand = null;
                if (job.getKey().equals(DiagnosticsJob.NAME)) {
                    progress.accept(String.format("diagnostic on %,d observations: hand-written DuckDB query", size));
                    hand = handWrittenDiagnostic(lake.lake());
                }
                measures.add(new BenchMeasure(size, job.getKey(), onSpark.elapsed(), onDuckDb.elapsed(),
                        onSpark.rows(), onDuckDb.rows(), hand));
            }
        }
        return new BenchReport(request.sizes(), generation, measures);
    }

    private record Timed(Duration elapsed, long rows) {
    }

    private Timed time(BenchedJob job, Lake lake, boolean onSpark) {
        long start = System.nanoTime();
        long rows;
        try (Engine engine = onSpark ? new SparkEngine(spark) : new DuckDbEngine()) {
            rows = job.run(engine, lake);
        }
        return new Timed(Duration.ofNanos(System.nanoTime() - start), rows);
    }

    /** Times the hand-written DuckDB query of the diagnostic's figures, written to Parquet like a job output. */
    static Duration handWrittenDiagnostic(Lake lake) {
        Path output = lake.work().resolve("hand-diagnostic.parquet");
        String sql = BenchSql.load("04_hand_diagnostic.sql", Map.of(
                "observations_glob", Path.of(Lake.glob(lake.observations())),
                "communes_parquet", Path.of(Lake.glob(lake.reference(ReferenceTable.COMMUNES))),
                "population_parquet", Path.of(Lake.glob(lake.reference(ReferenceTable.POPULATION))),
                "departements_parquet", Path.of(Lake.glob(lake.reference(ReferenceTable.DEPARTEMENTS))),
                "output", output));
        long start = System.nanoTime();
        try {
            java.nio.file.Files.createDirectories(lake.work());
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                 Statement statement = duck.createStatement()) {
                statement.execute(sql);
            }
        } catch (SQLException | java.io.IOException e) {
            throw new ObservatoryException("Hand-written diagnostic query failed on " + lake.root() + ": "
                    + e.getMessage(), e);
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        OutputFolders.deleteRecursively(output);
        return elapsed;
    }

    private Map<String, BenchedJob> select(List<String> names) {
        if (names.isEmpty()) {
            return jobs;
        }
        Map<String, BenchedJob> selected = new LinkedHashMap<>();
        for (String name : names) {
            BenchedJob job = jobs.get(name);
            if (job == null) {
                throw new IllegalArgumentException("Unknown job '" + name + "': expected one of " + jobs.keySet());
            }
            selected.put(name, job);
        }
        return selected;
    }

    private static Map<String, BenchedJob> jobs(LocalDate today) {
        Map<String, BenchedJob> jobs = new LinkedHashMap<>();
        jobs.put(DiagnosticsJob.NAME, (engine, lake) -> new DiagnosticsJob(engine).run(DiagnosticsRequest.of(lake))
                .rows());
        jobs.put(GapAnalysisJob.NAME, (engine, lake) -> new GapAnalysisJob(engine).run(GapAnalysisRequest.of(lake))
                .rows());
        jobs.put(EmergingJob.OUTPUT, (engine, lake) -> new EmergingJob(engine).run(EmergingRequest.of(lake, null))
                .flagged());
        jobs.put(QualityJob.OUTPUT, (engine, lake) -> new QualityJob(engine)
                .run(new QualityRequest(lake, today, null)).rows());
        return jobs;
    }
}
