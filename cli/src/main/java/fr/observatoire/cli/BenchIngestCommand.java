package fr.observatoire.cli;

import fr.observatoire.ingest.bench.IngestBenchmark;
import fr.observatoire.reference.Territories;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code observatory bench ingest}: generates one {@code ;}-separated UTF-8 CSV of N observations, then times the
 * full stage (read, validate, normalise, redact, write Parquet) and DuckDB's own CSV → Parquet COPY of the same file.
 */
@Command(name = "ingest",
        description = {"Time the ingest stage against DuckDB's COPY read_csv -> Parquet on one generated CSV file.",
                "Runs each tool --repeats times, alternating which goes first (fair on a shared machine), and prints",
                "the median seconds and rows/s of both, every run's seconds, their ratio, process CPU and the JVM's",
                "peak heap."},
        footerHeading = "%nExamples:%n",
        footer = {"  observatory bench ingest --observations 2000000",
                "  observatory bench ingest --observations 200000 --seed 7 --bad-rows 500 --workdir /tmp/bench",
                "  observatory bench ingest --observations 2000000 --repeats 5",
                "  JAVA_OPTS=-Xmx512m observatory bench ingest --observations 2000000   (memory stays flat)"},
        mixinStandardHelpOptions = true)
public final class BenchIngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--observations", required = true, paramLabel = "N", description = "Rows to generate.")
    long observations;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Generator seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--bad-rows", defaultValue = "0", paramLabel = "R",
            description = "Rows with one defect each (unknown commune, impossible date, unknown public, negative persons).")
    long badRows;

    @Option(names = "--repeats", defaultValue = "3", paramLabel = "K",
            description = "Timed runs of each tool, alternating which goes first; medians are reported (default ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--workdir", paramLabel = "DIR", description = "Where the CSV and Parquet files go (default: a new temporary folder).")
    Path workdir;

    @Option(names = "--reference", defaultValue = "data-samples/reference", paramLabel = "DIR",
            description = "COG reference CSV folder: communes_2026.csv, departements_2026.csv, optional codes_postaux_2026.csv (default ${DEFAULT-VALUE}).")
    Path reference;

    @Override
    public Integer call() throws Exception {
        if (observations <= 0) {
            throw new ParameterException(spec.commandLine(), "--observations must be positive");
        }
        if (repeats < 1) {
            throw new ParameterException(spec.commandLine(), "--repeats must be at least 1");
        }
        if (badRows < 0 || badRows > observations) {
            throw new ParameterException(spec.commandLine(), "--bad-rows must be between 0 and --observations");
        }
        Path communes = reference.resolve("communes_2026.csv");
        if (!Files.isRegularFile(communes)) {
            throw new ParameterException(spec.commandLine(), "No " + communes + ": give --reference");
        }
        Territories territories = Territories.fromCsv(communes, reference.resolve("codes_postaux_2026.csv"),
                reference.resolve("departements_2026.csv"));
        Path dir = workdir != null ? workdir : Files.createTempDirectory("observatory-bench-");
        IngestBenchmark.Result result = new IngestBenchmark(territories, IngestBenchmark.communeCodes(communes))
                .run(new IngestBenchmark.Request(observations, seed, badRows, dir, repeats));
        PrintWriter out = spec.commandLine().getOut();
        out.print(IngestBenchmark.report(result));
        out.println("files in " + dir);
        out.flush();
        return 0;
    }
}
