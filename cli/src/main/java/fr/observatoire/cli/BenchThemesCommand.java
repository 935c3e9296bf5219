package fr.observatoire.cli;

import fr.observatoire.analytics.engine.OutputFolders;
import fr.observatoire.analytics.spark.SparkSessions;
import fr.observatoire.analytics.themes.ThemesBench;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    BenchLakeOptions lake;

    @Option(names = "--observations", paramLabel = "N", defaultValue = "1000000",
            description = "Observations of the lake (underscores allowed: 1_000_000; default: ${DEFAULT-VALUE}).")
    String observations;

    @Option(names = "--duckdb-only", description = "Time DuckDB only (no Spark session is started).")
    boolean duckdbOnly;

    @Override
    public Integer call() {
        long size = BenchLakeOptions.observations(spec, observations);
        if (size < 1) {
            throw new ParameterException(spec.commandLine(), "--observations must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        SparkSession spark = duckdbOnly ? null : SparkSessions.create("observatory bench themes", lake.master);
        try {
            ThemesBench.Report report = new ThemesBench(spark).run(
                    new ThemesBench.Request(lake.work, size, lake.seed, lake.referenceDir, !duckdbOnly),
                    BenchLakeOptions.progress(out));
            lake.print(out, report.lines(), spark);
            return 0;
        } finally {
            if (!lake.keep) {
                OutputFolders.deleteRecursively(lake.work.resolve("lake-themes-warm-up"));
                OutputFolders.deleteRecursively(lake.work.resolve("lake-themes-" + size));
            }
            if (spark != null) {
                spark.stop();
            }
        }
    }
}
