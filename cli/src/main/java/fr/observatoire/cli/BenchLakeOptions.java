package fr.observatoire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options of the benches that generate lakes ({@code bench jobs}, {@code bench themes}): where, from what, kept. */
final class BenchLakeOptions {

    @Option(names = "--work", paramLabel = "DIR",
            description = "Where lakes are generated, as lake-… folders (default: ${DEFAULT-VALUE}).")
    Path work = Paths.get(System.getProperty("java.io.tmpdir"), "observatory-bench");

    @Option(names = "--reference-dir", paramLabel = "DIR", defaultValue = "data-samples/reference",
            description = "Real reference files (default: ${DEFAULT-VALUE}).")
    Path referenceDir;

    @Option(names = "--seed", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed = 20_260_101L;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: spark.master if configured, else local[*]).")
    String master;

    @Option(names = "--keep", description = "Keep the generated lakes (default: deleted at the end).")
    boolean keep;

    /** A lake size given on the command line (underscores allowed: 1_000_000). */
    static long observations(CommandSpec spec, String raw) {
        try {
            return Long.parseLong(raw.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(),
                    "--observations: '" + raw + "' is not a whole number of observations", e);
        }
    }

    /** Prints a bench's progress lines as they come, each after "… ". */
    static Consumer<String> progress(PrintWriter out) {
        return line -> {
            out.println("… " + line);
            out.flush();
        };
    }

    /** Prints a bench's report, then where the lakes are, whether they were kept, and which Spark (if any) ran. */
    void print(PrintWriter out, List<String> report, SparkSession spark) {
        report.forEach(out::println);
        out.println((spark == null ? "spark not timed" : "spark master: " + spark.sparkContext().master())
                + ", lakes in " + work.toAbsolutePath() + (keep ? "" : " (deleted)"));
        out.flush();
    }
}
