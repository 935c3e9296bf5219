package fr.observatoire.ingest.bench;

import fr.observatoire.error.ObservatoryException;
import fr.observatoire.ingest.stage.PipelinedStager;
import fr.observatoire.ingest.stage.StageRequest;
import fr.observatoire.ingest.stage.StagedBatch;
import fr.observatoire.lake.Sql;
import fr.observatoire.reference.Territories;
import fr.observatoire.vocabulary.SourceGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * Times the full stage (read, validate, normalise, redact, write Parquet) against DuckDB's own
 * {@code COPY (SELECT * FROM read_csv(...)) TO ... (FORMAT parquet)} on the same generated CSV file.
 */
public final class IngestBenchmark {

    private final Territories territories;
    private final List<String> communeCodes;

    /** {@code communeCodes}: the COG codes the generated rows draw from (see {@link #communeCodes(Path)}). */
    public IngestBenchmark(Territories territories, List<String> communeCodes) {
        this.territories = territories;
        this.communeCodes = List.copyOf(communeCodes);
    }

    /** The commune codes of a COG communes CSV (first column, header skipped). */
    public static List<String> communeCodes(Path cogCommunesCsv) {
        try (var lines = Files.lines(cogCommunesCsv, StandardCharsets.UTF_8)) {
            return lines.skip(1).filter(l -> !l.isBlank()).map(l -> l.substring(0, l.indexOf(','))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + cogCommunesCsv, e);
        }
    }

    /**
     * {@code repeats} timed runs of each tool, alternating which goes first, so that a machine shared with other work
     * slows both alike; the report gives the medians.
     */
    public record Request(long observations, long seed, long badRows, Path workdir, int repeats) {

        public Request {
            if (repeats < 1) {
                throw new IllegalArgumentException("repeats must be at least 1, not " + repeats);
            }
        }

        /** Three runs of each tool. */
        public Request(long observations, long seed, long badRows, Path workdir) {
            this(observations, seed, badRows, workdir, DEFAULT_REPEATS);
        }
    }

    public static final int DEFAULT_REPEATS = 3;

    /**
     * Medians over the runs (seconds and CPU seconds), with every run's wall-clock seconds in run order.
     *
     * @param ratio          stage rows/s divided by DuckDB rows/s (1.0 = as fast as DuckDB's own COPY)
     * @param peakHeapBytes  highest peak of the JVM heap pools during a stage run
     */
    public record Result(long rows, long csvBytes, long accepted, long rejected, long redactions,
                         double stageSeconds, long duckdbRows, double duckdbSeconds, long peakHeapBytes,
                         long maxHeapBytes, double stageCpuSeconds, double duckdbCpuSeconds,
                         List<Double> stageRuns, List<Double> duckdbRuns) {

        public Result {
            stageRuns = List.copyOf(stageRuns);
            duckdbRuns = List.copyOf(duckdbRuns);
        }

        public double stageRowsPerSecond() { return rows / stageSeconds; }

        public double duckdbRowsPerSecond() { return duckdbRows / duckdbSeconds; }

        public double ratio() { return stageRowsPerSecond() / duckdbRowsPerSecond(); }
    }

    /** One timed run: wall-clock and process CPU seconds, and what it produced. */
    private record Run(double seconds, double cpuSeconds, long rows, StagedBatch batch, long peakHeap) {
    }

    public Result run(Request request) {
        try {
            Files.createDirectories(request.workdir());
            Path csv = request.workdir().resolve("observations-" + request.observations() + ".csv");
            new ObservationCsvGenerator(request.seed(), communeCodes, request.observations(), request.badRows())
                    .write(csv);
            long bytes = Files.size(csv);
            List<Run> stages = new ArrayList<>();
            List<Run> copies = new ArrayList<>();
            for (int i = 0; i < request.repeats(); i++) {
                if (i % 2 == 0) {
                    stages.add(stage(csv, request.workdir()));
                    copies.add(copy(csv, request.workdir()));
                } else {
                    copies.add(copy(csv, request.workdir()));
                    stages.add(stage(csv, request.workdir()));
                }
            }
            StagedBatch batch = stages.get(stages.size() - 1).batch();
            return new Result(batch.rowsRead(), bytes, batch.rowsAccepted(), batch.rowsRejected(),
                    batch.redactions(), median(stages, Run::seconds), copies.get(0).rows(), median(copies, Run::seconds),
                    stages.stream().mapToLong(Run::peakHeap).max().orElse(0), Runtime.getRuntime().maxMemory(),
                    median(stages, Run::cpuSeconds), median(copies, Run::cpuSeconds),
                    stages.stream().map(Run::seconds).toList(), copies.stream().map(Run::seconds).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the benchmark in " + request.workdir(), e);
        }
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> value) {
        double[] values = runs.stream().mapToDouble(value).sorted().toArray();
        int n = values.length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /** Stages the file into a new folder (the previous run's is deleted first, to keep the disk use flat). */
    private Run stage(Path csv, Path workdir) throws IOException {
        Path staging = workdir.resolve("stage");
        deleteTree(staging);
        StageRequest stage = new StageRequest("bench", List.of(csv), SourceGroup.PROFESSIONNEL, "benchmark",
                "csv", Optional.empty(), Optional.empty(), Optional.empty(), Instant.now(), staging);
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        StagedBatch batch = new PipelinedStager(territories).stage(stage);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (processCpuNanos() - cpuStart) / 1e9;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Run(seconds, cpu, batch.rowsRead(), batch, peak);
    }

    private static Run copy(Path csv, Path workdir) throws IOException {
        Path parquet = workdir.resolve("duckdb-" + csv.getFileName().toString().replace(".csv", ".parquet"));
        Files.deleteIfExists(parquet);
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        long rows = duckdbCopy(csv, parquet);
        return new Run((System.nanoTime() - start) / 1e9, (processCpuNanos() - cpuStart) / 1e9, rows, null, 0);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** CPU time of the whole process (every thread, DuckDB's native ones included), or -1 when unknown. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    private static long duckdbCopy(Path csv, Path parquet) {
        String sql = resource("duckdb_copy.sql").replace("{csv}", Sql.literal(csv))
                .replace("{parquet}", Sql.literal(parquet));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM read_parquet("
                    + Sql.literal(parquet) + ")")) {
                count.next();
                return count.getLong(1);
            }
        } catch (SQLException e) {
            throw new ObservatoryException("DuckDB COPY of " + csv + " failed: " + e.getMessage(), e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = IngestBenchmark.class.getResourceAsStream(name)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return sql.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SQL resource " + name, e);
        }
    }

    /** Renders a result as the lines the bench command prints. */
    public static String report(Result r) {
        return String.format(java.util.Locale.ROOT,
                "rows: %,d (%,.1f MB CSV), accepted %,d, rejected %,d, redactions %,d%n"
                        + "runs: %d of each, alternating which goes first; medians below%n"
                        + "stage (read, validate, normalise, redact, write Parquet): %.2f s, %,.0f rows/s  (runs: %s)%n"
                        + "duckdb COPY read_csv -> parquet:                        %.2f s, %,.0f rows/s (%,d rows)"
                        + "  (runs: %s)%n"
                        + "ratio stage/duckdb (rows/s): %.2f%n"
                        + "process CPU: stage %.2f s, duckdb %.2f s (CPU ratio duckdb/stage %.2f, what the"
                        + " wall-clock ratio tends to when both keep every core busy; steadier on a shared machine)%n"
                        + "peak JVM heap during stage: %,.1f MB (max heap %,.0f MB)%n",
                r.rows(), r.csvBytes() / 1e6, r.accepted(), r.rejected(), r.redactions(), r.stageRuns().size(),
                r.stageSeconds(), r.stageRowsPerSecond(), seconds(r.stageRuns()),
                r.duckdbSeconds(), r.duckdbRowsPerSecond(), r.duckdbRows(), seconds(r.duckdbRuns()),
                r.ratio(), r.stageCpuSeconds(), r.duckdbCpuSeconds(), r.duckdbCpuSeconds() / r.stageCpuSeconds(),
                r.peakHeapBytes() / 1e6, r.maxHeapBytes() / 1e6);
    }

    private static String seconds(List<Double> runs) {
        return String.join(", ", runs.stream().map(s -> String.format(java.util.Locale.ROOT, "%.2f s", s)).toList());
    }
}
