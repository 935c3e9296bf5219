package fr.observatoire.cli;

import fr.observatoire.analytics.bench.BenchJobs;
import fr.observatoire.analytics.bench.BenchJobsRequest;
import fr.observatoire.analytics.bench.BenchReport;
import fr.observatoire.analytics.engine.EngineKind;
import fr.observatoire.analytics.engine.OutputFolders;
import fr.observatoire.analytics.spark.SparkSessions;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code observatory bench jobs}: times every analytics job on Spark and DuckDB over generated lakes. */
@Command(name = "jobs",
        description = {"Generates lakes of N synthetic observations (real communes weighted by population) and times "
                + "each job on Spark (local unless --master) and on DuckDB, with their ratio and how time grows "
                + "with N; the diagnostic also against a hand-written DuckDB query of the same table, with the time "
                + "of each DuckDB step. Each time is the median of --repeats runs, the engines alternated."},
        footerHeading = "%nExamples:%n",
        footer = {"  observatory bench jobs --observations 1000000",
                "  observatory bench jobs --observations 1000000,10000000 --jobs emerging,quality --keep",
                "  observatory bench jobs --observations 1000000,10000000 --jobs diagnostic --engines duckdb",
                "  observatory bench jobs --observations 100000 --master local[2] --work /tmp/bench"},
        mixinStandardHelpOptions = true)
public final class BenchJobsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BenchLakeOptions lake;

    @Option(names = "--observations", required = true, split = ",", paramLabel = "N",
            description = "Lake sizes, comma-separated: 1000000,10000000 (underscores allowed: 1_000_000).")
    List<String> observations;

    @Option(names = "--jobs", split = ",", paramLabel = "JOB",
            description = "Jobs to time, comma-separated (default: all).")
    List<String> jobs = new ArrayList<>();

    @Option(names = "--engines", paramLabel = "duckdb|spark|both", defaultValue = "both",
            description = "Engines to time (default: ${DEFAULT-VALUE}); duckdb alone does not start Spark.")
    String engines;

    @Option(names = "--repeats", paramLabel = "R", defaultValue = "" + BenchJobsRequest.DEFAULT_REPEATS,
            description = "Runs per job and engine, alternated; the median is reported (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Override
    public Integer call() {
        List<Long> sizes = new ArrayList<>();
        for (String raw : observations) {
            sizes.add(BenchLakeOptions.observations(spec, raw));
        }
        for (String job : jobs) {
            if (!BenchJobs.JOBS.contains(job)) {
                throw new ParameterException(spec.commandLine(),
                        "--jobs: unknown job '" + job + "', expected one of " + BenchJobs.JOBS);
            }
        }
        Set<EngineKind> kinds = switch (engines.strip().toLowerCase(Locale.ROOT)) {
            case "both" -> EnumSet.allOf(EngineKind.class);
            case "duckdb" -> EnumSet.of(EngineKind.DUCKDB);
            case "spark" -> EnumSet.of(EngineKind.SPARK);
            default -> throw new ParameterException(spec.commandLine(),
                    "--engines: '" + engines + "' is not one of duckdb, spark, both");
        };
        if (repeats < 1) {
            throw new ParameterException(spec.commandLine(), "--repeats: must be at least 1, was " + repeats);
        }
        BenchJobsRequest request = new BenchJobsRequest(sizes, lake.work, lake.referenceDir, lake.seed, jobs, kinds,
                repeats);
        PrintWriter out = spec.commandLine().getOut();
        SparkSession spark = kinds.contains(EngineKind.SPARK)
                ? SparkSessions.create("observatory bench jobs", lake.master) : null;
        try {
            BenchJobs bench = spark == null ? new BenchJobs(Clock.systemUTC()) : new BenchJobs(spark, Clock.systemUTC());
            BenchReport report = bench.run(request, BenchLakeOptions.progress(out));
            lake.print(out, report.lines(), spark);
            return 0;
        } finally {
            if (!lake.keep) {
                OutputFolders.deleteRecursively(lake.work.resolve("lake-warm-up"));
                sizes.forEach(size -> OutputFolders.deleteRecursively(lake.work.resolve("lake-" + size)));
            }
            if (spark != null) {
                spark.stop();
            }
        }
    }
}
