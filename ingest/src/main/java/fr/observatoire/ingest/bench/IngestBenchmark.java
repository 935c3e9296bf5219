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
import java.util.List;
import java.util.Optional;

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

    public record Request(long observations, long seed, long badRows, Path workdir) {
    }

    /**
     * @param ratio          stage rows/s divided by DuckDB rows/s (1.0 = as fast as DuckDB's own COPY)
     * @param peakHeapBytes  peak of the JVM heap pools during the stage
     */
    public record Result(long rows, long csvBytes, long accepted, long rejected, long redactions,
                         double stageSeconds, long duckdbRows, double duckdbSeconds, long peakHeapBytes,
                         long maxHeapBytes, double stageCpuSeconds, double duckdbCpuSeconds) {

        public double stageRowsPerSecond() { return rows / stageSeconds; }

        public double duckdbRowsPerSecond() { return duckdbRows / duckdbSeconds; }

        public double ratio() { return stageRowsPerSecond() / duckdbRowsPerSecond(); }
    }

    public Result run(Request request) {
        try {
            Files.createDirectories(request.workdir());
            Path csv = request.workdir().resolve("observations-" + request.observations() + ".csv");
                        new ObservationCsvGenerator(request.seed(), communeCodes, request.observations(), request.badRows()).write(csv);
            long bytes = Files.size(csv);

            Path staging = Files.createTempDirectory(request.workdir(), "stage-");
            StageRequest stage = new StageRequest("bench", List.of(csv), SourceGroup.PROFESSIONNEL, "benchmark",
                    "csv", Optional.empty(), Optional.empty(), Optional.empty(), Instant.now(), staging);
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            long cpuStart = processCpuNanos();
            StagedBatch batch = new PipelinedStager(territories).stage(stage);
            double stageSeconds = (System.nanoTime() - start) / 1e9;
            double stageCpu = (processCpuNanos() - cpuStart) / 1e9;
            long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

            Path parquet = request.workdir().resolve("duckdb-" + request.observations() + ".parquet");
            Files.deleteIfExists(parquet);
            long duckStart = System.nanoTime();
            long duckCpuStart = processCpuNanos();
            long duckRows = duckdbCopy(csv, parquet);
            double duckSeconds = (System.nanoTime() - duckStart) / 1e9;
            double duckCpu = (processCpuNanos() - duckCpuStart) / 1e9;
            return new Result(batch.rowsRead(), bytes, batch.rowsAccepted(), batch.rowsRejected(), batch.redactions(),
                    stageSeconds, duckRows, duckSeconds, peak, Runtime.getRuntime().maxMemory(), stageCpu, duckCpu);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the benchmark in " + request.workdir(), e);
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
                        + "stage (read, validate, normalise, redact, write Parquet): %.2f s, %,.0f rows/s%n"
                        + "duckdb COPY read_csv -> parquet:                        %.2f s, %,.0f rows/s (%,d rows)%n"
                        + "ratio stage/duckdb (rows/s): %.2f%n"
                        + "process CPU: stage %.2f s, duckdb %.2f s (CPU ratio duckdb/stage %.2f, what the"
                        + " wall-clock ratio tends to when both keep every core busy; steadier on a shared machine)%n"
                        + "peak JVM heap during stage: %,.1f MB (max heap %,.0f MB)%n",
                r.rows(), r.csvBytes() / 1e6, r.accepted(), r.rejected(), r.redactions(),
                r.stageSeconds(), r.stageRowsPerSecond(), r.duckdbSeconds(), r.duckdbRowsPerSecond(), r.duckdbRows(),
                r.ratio(), r.stageCpuSeconds(), r.duckdbCpuSeconds(), r.duckdbCpuSeconds() / r.stageCpuSeconds(),
                r.peakHeapBytes() / 1e6, r.maxHeapBytes() / 1e6);
    }
}
