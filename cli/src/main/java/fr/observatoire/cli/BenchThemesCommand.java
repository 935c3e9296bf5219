package fr.observatoire.cli;

import fr.observatoire.analytics.engine.OutputFolders;
import fr.observatoire.analytics.spark.SparkSessions;
import fr.observatoire.analytics.themes.ThemesBench;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code observatory bench themes}: times the themes job on DuckDB and Spark over a generated lake with texts. */
@Command(name = "themes",
        description = {"Generates a lake of N synthetic observations with French free text (the samples' wording per"
                + " need domain, real communes weighted by population) and times the themes job on DuckDB and on"
                + " Spark (local unless --master): observations/s, time per step and the ratio between engines."},
        footerHeading = "%nExamples:%n",
        footer = {"  observatory bench themes",
                "  observatory bench themes --observations 100000 --duckdb-only",
                "  observatory bench themes --observations 1_000_000 --master local[2] --work /tmp/bench --keep"},
        mixinStandardHelpOptions = true)
public final class BenchThemesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--observations", paramLabel = "N", defaultValue = "1000000",
            description = "Observations of the lake (underscores allowed: 1_000_000; default: ${DEFAULT-VALUE}).")
    String observations;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where lakes are generated (default: ${DEFAULT-VALUE}).")
    Path work = Paths.get(System.getProperty("java.io.tmpdir"), "observatory-bench");

    @Option(names = "--reference-dir", paramLabel = "DIR", defaultValue = "data-samples/reference",
            description = "Real reference files (default: ${DEFAULT-VALUE}).")
    Path referenceDir;

    @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed = 20_260_101L;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: spark.master if configured, else local[*]).")
    String master;

    @Option(names = "--duckdb-only", description = "Time DuckDB only (no Spark session is started).")
    boolean duckdbOnly;

    @Option(names = "--keep", description = "Keep the generated lakes (default: deleted at the end).")
    boolean keep;

    @Override
    public Integer call() {
        long size;
        try {
            size = Long.parseLong(observations.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(),
                    "--observations: '" + observations + "' is not a whole number of observations", e);
        }
        if (size < 1) {
            throw new ParameterException(spec.commandLine(), "--observations must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        SparkSession spark = duckdbOnly ? null : SparkSessions.create("observatory bench themes", master);
        try {
            ThemesBench.Report report = new ThemesBench(spark).run(
                    new ThemesBench.Request(work, size, seed, referenceDir, !duckdbOnly), line -> {
                        out.println("… " + line);
                        out.flush();
                    });
            report.lines().forEach(out::println);
            out.println((spark == null ? "" : "spark master: " + spark.sparkContext().master() + ", ")
                    + "lakes in " + work.toAbsolutePath() + (keep ? "" : " (deleted)"));
            out.flush();
            return 0;
        } finally {
            if (!keep) {
                OutputFolders.deleteRecursively(work.resolve("lake-themes-warm-up"));
                OutputFolders.deleteRecursively(work.resolve("lake-themes-" + size));
            }
            if (spark != null) {
                spark.stop();
            }
        }
    }
}
