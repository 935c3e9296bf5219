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
import fr.observatoire.analytics.engine.EngineKind;
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
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;

/**
 * Times every job on Spark and on DuckDB (or one of them) over generated lakes of growing size, and the diagnostic
 * against a hand-written DuckDB query of the same table. Each job runs {@code repeats} times per engine, the engines
 * alternated, and the medians are reported: the machine may be shared. Before measuring, each job runs once on each
 * engine over a small lake so that class loading and JIT warm-up are not counted.
 */
public final class BenchJobs {

    /** A job as the bench runs it: on an engine, over a lake, returning the rows of its main output. */
    interface BenchedJob {
        long run(Engine engine, Lake lake);
    }

    /** The jobs the bench times, in order. */
    public static final List<String> JOBS = List.of(DiagnosticsJob.NAME, GapAnalysisJob.NAME, EmergingJob.OUTPUT,
            QualityJob.OUTPUT);

    /** What the hand-written query computes, as the bench prints it. */
    public static final String HAND_WRITTEN = "hand-SQL: sql/bench/04_hand_diagnostic.sql, one DuckDB statement "
            + "writing the diagnostic's table itself (same columns, types, rows, values and order: counts, persons, "
            + "groups, shares, severity, median wait, population, rate, trend, rank, robust z; groupings left out, "
            + "the bench lake has none)";

    private static final long WARM_UP_OBSERVATIONS = 20_000;

    private final SparkSession spark;
    private final Clock clock;
    private final Map<String, BenchedJob> jobs;

    /** A bench of both engines. */
    public BenchJobs(SparkSession spark, Clock clock) {
        this.spark = Objects.requireNonNull(spark, "spark");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.jobs = jobs(LocalDate.now(clock));
    }

    /** A bench of DuckDB only: requests naming Spark are refused. */
    public BenchJobs(Clock clock) {
        this.spark = null;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.jobs = jobs(LocalDate.now(clock));
    }

    /** Names of the jobs the bench knows, in the order it runs them. */
    public List<String> jobNames() {
        return List.copyOf(jobs.keySet());
    }

    public BenchReport run(BenchJobsRequest request, Consumer<String> progress) {
        if (request.times(EngineKind.SPARK) && spark == null) {
            throw new IllegalArgumentException("This bench has no Spark session: time DuckDB only");
        }
        Map<String, BenchedJob> selected = select(request.jobs());
        BenchLake generator = new BenchLake();
        progress.accept("warming up on " + WARM_UP_OBSERVATIONS + " observations");
        Lake warmUp = generator.generate(new BenchLakeRequest(request.workDir().resolve("lake-warm-up"),
                WARM_UP_OBSERVATIONS, request.seed(), request.referenceDir())).lake();
        for (Map.Entry<String, BenchedJob> job : selected.entrySet()) {
            for (EngineKind engine : EngineKind.values()) {
                if (request.times(engine)) {
                    time(job.getValue(), warmUp, engine, (step, elapsed) -> { });
                }
            }
            if (job.getKey().equals(DiagnosticsJob.NAME) && request.times(EngineKind.DUCKDB)) {
                handWrittenDiagnostic(warmUp);
            }
        }
        List<Duration> generation = new ArrayList<>();
        List<BenchMeasure> measures = new ArrayList<>();
        for (long size : request.sizes()) {
            progress.accept(String.format("generating %,d observations", size));
            BenchLake.Result lake = generator.generate(new BenchLakeRequest(
                    request.workDir().resolve("lake-" + size), size, request.seed(), request.referenceDir()));
            generation.add(lake.elapsed());
            for (Map.Entry<String, BenchedJob> job : selected.entrySet()) {
                measures.add(measure(job.getKey(), job.getValue(), lake.lake(), size, request, progress));
            }
        }
        return new BenchReport(request.sizes(), generation, measures);
    }

    /**
     * Runs a job {@code repeats} times on each engine, alternating the engines, and for the diagnostic the
     * hand-written query right before or after the DuckDB engine (in turn), so that both see the same load.
     */
    private BenchMeasure measure(String name, BenchedJob job, Lake lake, long size, BenchJobsRequest request,
                                 Consumer<String> progress) {
        boolean hand = name.equals(DiagnosticsJob.NAME) && request.times(EngineKind.DUCKDB);
        List<Duration> sparkTimes = new ArrayList<>();
        List<Duration> duckTimes = new ArrayList<>();
        List<Duration> handTimes = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        Map<String, List<Duration>> steps = new LinkedHashMap<>();
        long sparkRows = -1;
        long duckRows = -1;
        for (int run = 1; run <= request.repeats(); run++) {
            String of = String.format("%s on %,d observations, run %d/%d", name, size, run, request.repeats());
            if (request.times(EngineKind.SPARK)) {
                progress.accept(of + ": spark");
                Timed timed = time(job, lake, EngineKind.SPARK, (step, elapsed) -> { });
                sparkTimes.add(timed.elapsed());
                sparkRows = timed.rows();
            }
            if (request.times(EngineKind.DUCKDB)) {
                Duration handFirst = null;
                if (hand && run % 2 == 0) {
                    progress.accept(of + ": hand-written DuckDB query");
                    handFirst = handWrittenDiagnostic(lake);
                }
                progress.accept(of + ": duckdb");
                Timed timed = time(job, lake, EngineKind.DUCKDB,
                        (step, elapsed) -> steps.computeIfAbsent(step, s -> new ArrayList<>()).add(elapsed));
                duckTimes.add(timed.elapsed());
                duckRows = timed.rows();
                if (hand) {
                    Duration handTime = handFirst;
                    if (handTime == null) {
                        progress.accept(of + ": hand-written DuckDB query");
                        handTime = handWrittenDiagnostic(lake);
                    }
                    handTimes.add(handTime);
                    ratios.add(BenchMeasure.seconds(timed.elapsed()) / BenchMeasure.seconds(handTime));
                }
            }
        }
        Map<String, Duration> stepMedians = new LinkedHashMap<>();
        steps.forEach((step, times) -> stepMedians.put(step, median(times)));
        return new BenchMeasure(size, name, request.repeats(), sparkTimes.isEmpty() ? null : median(sparkTimes),
                duckTimes.isEmpty() ? null : median(duckTimes), sparkRows, duckRows,
                handTimes.isEmpty() ? null : median(handTimes),
                ratios.isEmpty() ? Double.NaN : medianOf(ratios), stepMedians);
    }

    static Duration median(List<Duration> times) {
        return Duration.ofNanos(Math.round(medianOf(times.stream().map(t -> (double) t.toNanos()).toList())));
    }

    /** The middle value, or the mean of the two middle ones. */
    static double medianOf(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private record Timed(Duration elapsed, long rows) {
    }

    private Timed time(BenchedJob job, Lake lake, EngineKind kind, BiConsumer<String, Duration> stepTimes) {
        long start = System.nanoTime();
        long rows;
        try (Engine engine = kind == EngineKind.SPARK ? new SparkEngine(spark) : new DuckDbEngine(stepTimes)) {
            rows = job.run(engine, lake);
        }
        return new Timed(Duration.ofNanos(System.nanoTime() - start), rows);
    }

    /** Times the hand-written DuckDB query of the diagnostic's table, written to Parquet like the job's output. */
    static Duration handWrittenDiagnostic(Lake lake) {
        Path output = lake.work().resolve("hand-diagnostic");
        long start = System.nanoTime();
        writeHandWrittenDiagnostic(lake, output);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        OutputFolders.deleteRecursively(output);
        return elapsed;
    }

    /** Runs the hand-written DuckDB query of the diagnostic's table, writing {@code <folder>/part-0.parquet}. */
    static void writeHandWrittenDiagnostic(Lake lake, Path folder) {
        String sql = BenchSql.load("04_hand_diagnostic.sql", Map.of(
                "observations_glob", Path.of(Lake.glob(lake.observations())),
                "communes_parquet", Path.of(Lake.glob(lake.reference(ReferenceTable.COMMUNES))),
                "population_parquet", Path.of(Lake.glob(lake.reference(ReferenceTable.POPULATION))),
                "departements_parquet", Path.of(Lake.glob(lake.reference(ReferenceTable.DEPARTEMENTS))),
                "output", folder.resolve("part-0.parquet")));
        try {
            java.nio.file.Files.createDirectories(folder);
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
                 Statement statement = duck.createStatement()) {
                statement.execute(sql);
            }
        } catch (SQLException | java.io.IOException e) {
            throw new ObservatoryException("Hand-written diagnostic query failed on " + lake.root() + ": "
                    + e.getMessage(), e);
        }
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
