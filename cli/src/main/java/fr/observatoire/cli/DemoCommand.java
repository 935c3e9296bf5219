package fr.observatoire.cli;

import fr.observatoire.ingest.Ingest;
import fr.observatoire.ingest.IngestReport;
import fr.observatoire.ingest.IngestRequest;
import fr.observatoire.ingest.IngestResult;
import fr.observatoire.ingest.stage.PipelinedStager;
import fr.observatoire.lake.Lake;
import fr.observatoire.reference.ReferenceImport;
import fr.observatoire.reference.ReferenceImportRequest;
import fr.observatoire.reference.ReferenceImportResult;
import fr.observatoire.reference.TableReport;
import fr.observatoire.reference.Territories;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Runs the whole chain on the shipped samples: reference import, ingest of every sample batch, the analytics jobs and
 * the reports, into a fresh work folder, printing each stage and where to look at the end.
 */
@Command(name = "demo",
        description = "Run the whole chain on the shipped samples (data-samples/) into a fresh work folder: reference "
                + "import, ingest of every sample batch, the analytics jobs and the reports.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  observatory demo",
            "  observatory demo --workdir /tmp/demo --engine duckdb",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the whole chain ran", "1:a stage failed (its message says which)", "2:usage error"})
public final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workdir", paramLabel = "DIR", defaultValue = "demo-output",
            description = "Output folder, emptied first (default: ${DEFAULT-VALUE}).")
    Path workdir;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "data-samples",
            description = "Sample folder (default: ${DEFAULT-VALUE} of the current folder or of the installation).")
    Path samples;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "spark",
            description = "Engine of the analytics jobs: spark or duckdb (default: ${DEFAULT-VALUE}).")
    String engine;

    private final Clock clock;

    public DemoCommand() {
        this(Clock.systemUTC());
    }

    DemoCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path samplesDir = samplesDir();
        Path work = workdir.toAbsolutePath().normalize();
        Lake lake = new Lake(work.resolve("lake"));
        prepare(work);
        out.printf("Observatory demo on %s → %s%n", samplesDir, work);

        Stage stage = new Stage(out, 4);
        stage.start("Reference data (COG 2026, INSEE population, groupings, DREES, supply registry)");
        ReferenceImportResult reference = new ReferenceImport(clock).run(referenceRequest(lake, samplesDir));
        for (TableReport table : reference.tables()) {
            stage.detail(String.format("%-13s %,9d rows  %s", table.table().directory(), table.rows(), table.vintage()));
        }
        stage.done();

        stage.start("Ingest of the sample batches (usagers, habitants, professionnels, décideurs, financeurs)");
        Ingest ingest = new Ingest(new PipelinedStager(Territories.load(lake)), clock, line -> { });
        long accepted = 0;
        long rejected = 0;
        int refused = 0;
        for (Path manifest : manifests(samplesDir)) {
            IngestResult result = ingest.run(new IngestRequest(lake.root(), List.of(), null, null,
                    Optional.of(manifest), "auto", Optional.empty(), IngestRequest.DEFAULT_MAX_REJECT_RATIO,
                    Optional.empty(), Optional.empty(), false));
            IngestReport report = result.report();
            accepted += report.rowsAccepted();
            rejected += report.rowsRejected();
            if (result.overThreshold()) {
                refused++;
            }
            stage.detail(String.format("%-9s %4d read %4d accepted %3d rejected  %s", result.status().name().toLowerCase(),
                    report.rowsRead(), report.rowsAccepted(), report.rowsRejected(), report.contributor()));
        }
        stage.detail(String.format("%,d observations committed, %,d rows rejected; %d batch(es) over the 5%% reject "
                + "threshold kept out of the lake (their rejects are in %s)", accepted, rejected, refused, lake.rejects()));
        stage.done();

        stage.start("Analytics jobs on " + engine + ": diagnostic, gaps, emerging needs, quality, themes of the texts");
        int code = subcommand(out, "run", "all", "--lake", lake.root().toString(), "--engine", engine);
        if (code != ExitCodes.OK) {
            return code;
        }
        stage.done();

        Path site = work.resolve("site");
        stage.start("Fiches territoire for every département, région, France and grouping (disclosure control on)");
        code = subcommand(out, "report", "--lake", lake.root().toString(), "--territory", "all", "--out",
                site.toString());
        if (code != ExitCodes.OK) {
            return code;
        }
        stage.done();

        out.println();
        out.println("Where to look:");
        out.println("  reports (open in a browser)  " + site.resolve("index.html"));
        out.println("  exports (CSV, XLSX)          " + site.resolve("exports"));
        out.println("  lake (Parquet)               " + lake.root());
        out.println("  ingest reports               " + lake.root().resolve("reports/ingest"));
        out.println("  ledger                       ./observatory ledger --lake " + lake.root());
        out.println("  ad-hoc queries               duckdb -c \"SELECT * FROM read_parquet('"
                + lake.root().resolve("diagnostic") + "/**/*.parquet') WHERE shared LIMIT 10\"");
        out.flush();
        return ExitCodes.OK;
    }

    /** Runs another command of this program with the same output, so each stage is wired once. */
    private int subcommand(PrintWriter out, String... args) {
        return Observatory.commandLine().setOut(out).setErr(spec.commandLine().getErr()).execute(args);
    }

    private ReferenceImportRequest referenceRequest(Lake lake, Path samplesDir) {
        Path supply = samplesDir.resolve("supply");
        return ReferenceImportRequest.defaults(lake, samplesDir.resolve("reference")).withSupply(
                List.of(supply.resolve("finess_etablissements_20251231.csv"),
                        supply.resolve("habitat_inclusif_20251231.csv")),
                List.of(supply.resolve("finess_capacites_20251231.csv")));
    }

    private static List<Path> manifests(Path samplesDir) {
        try (Stream<Path> files = Files.list(samplesDir.resolve("manifests"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the sample manifests in " + samplesDir, e);
        }
    }

    private Path samplesDir() {
        if (!Files.isDirectory(samples.resolve("manifests"))) {
            throw new ParameterException(spec.commandLine(), "No sample folder with manifests/ at "
                    + samples.toAbsolutePath() + ": give --samples DIR");
        }
        return samples.toAbsolutePath().normalize();
    }

    /** Empties the work folder, refusing one that does not look like a previous demo's. */
    private void prepare(Path work) {
        try {
            if (Files.isDirectory(work)) {
                try (Stream<Path> entries = Files.list(work)) {
                    List<Path> unexpected = entries.filter(p -> !DEMO_ENTRIES.contains(p.getFileName().toString()))
                            .toList();
                    if (!unexpected.isEmpty()) {
                        throw new ParameterException(spec.commandLine(), "--workdir " + work + " holds files the demo "
                                + "did not write (" + unexpected.get(0).getFileName() + "): choose another folder");
                    }
                }
                deleteTree(work);
            }
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the demo folder " + work, e);
        }
    }

    private static final List<String> DEMO_ENTRIES = List.of("lake", "site", "requests");

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Prints numbered stages with their duration. */
    private static final class Stage {
        private final PrintWriter out;
        private final int total;
        private int number;
        private long startedAt;

        Stage(PrintWriter out, int total) {
            this.out = out;
            this.total = total;
        }

        void start(String title) {
            number++;
            startedAt = System.nanoTime();
            out.printf("%n[%d/%d] %s%n", number, total, title);
            out.flush();
        }

        void detail(String line) {
            out.println("      " + line);
            out.flush();
        }

        void done() {
            out.printf("      done in %.1f s%n", (System.nanoTime() - startedAt) / 1e9);
            out.flush();
        }
    }
}
