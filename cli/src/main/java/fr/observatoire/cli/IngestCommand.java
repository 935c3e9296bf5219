package fr.observatoire.cli;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.ingest.Ingest;
import fr.observatoire.ingest.IngestRequest;
import fr.observatoire.ingest.IngestResult;
import fr.observatoire.ingest.Progress;
import fr.observatoire.ingest.stage.PipelinedStager;
import fr.observatoire.ingest.stage.Stager;
import fr.observatoire.reference.Territories;
import fr.observatoire.lake.Lake;
import fr.observatoire.vocabulary.SourceGroup;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code observatory ingest}: one batch of field observation files into the lake, committed atomically. */
@Command(name = "ingest",
        description = {"Ingest field observation files (CSV, JSON Lines, XLSX) as one batch: read, validate, "
                + "normalise, redact, then commit atomically to <lake>/observations (accepted rows) and "
                + "<lake>/rejects (rejected rows with their reasons).",
                "A file already committed is not ingested again (reported as a duplicate, exit 0). An observation_id "
                        + "re-sent by the same contributor replaces the earlier row (kept in <lake>/history). "
                        + "The report is printed and written to <lake>/reports/ingest/<batch>.json."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:committed, or duplicate of a committed batch",
                "1:software error",
                "2:usage error, refused file (identifying column, checksum differing from the manifest)",
                "3:reject ratio over --max-reject-ratio: no observation committed, rejects kept"},
        footerHeading = "%nExamples:%n",
        footer = {"  observatory ingest --source-group professionnel --contributor \"Association Les Tilleuls\" "
                + "data-samples/observations/tilleuls-2025.csv",
                "  observatory ingest --lake /data/lake --source-group usager --encoding windows-1252 "
                        + "--max-reject-ratio 0.1 enquete.csv",
                "  observatory ingest --manifest envoi-2025-t3/manifest.yaml",
                "  observatory ingest --source-group financeur --format jsonl --progress export-ars.jsonl"})
public final class IngestCommand implements Callable<Integer> {

    static final int EXIT_OVER_THRESHOLD = 3;
    static final int EXIT_USAGE = 2;
    private static final Set<String> FORMATS = Set.of("auto", "csv", "jsonl", "xlsx");

    @Spec
    CommandSpec spec;

    @Option(names = "--lake", paramLabel = "DIR", defaultValue = "lake",
            description = "Lake root (default: ${DEFAULT-VALUE}).")
    Path lake;

    @Option(names = "--source-group", paramLabel = "usager|habitant|professionnel|decideur|financeur",
            description = "Actor group of the batch (required unless the manifest gives it).")
    String sourceGroup;

    @Option(names = "--contributor", paramLabel = "ORG",
            description = "Contributing organisation (never a person); default: the manifest's, else each row's.")
    String contributor;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "Batch manifest (JSON or YAML): source group, contributor, form version, period, files with "
                    + "their sha256. Without FILE arguments, the manifest's files (beside it) are ingested.")
    Path manifest;

    @Option(names = "--format", paramLabel = "auto|csv|jsonl|xlsx", defaultValue = "auto",
            description = "Input format (default: ${DEFAULT-VALUE}, from the file name and content).")
    String format;

    @Option(names = "--encoding", paramLabel = "auto|UTF-8|windows-1252", defaultValue = "auto",
            description = "Text encoding (default: ${DEFAULT-VALUE}: UTF-8 with or without BOM, else windows-1252).")
    String encoding;

    @Option(names = "--max-reject-ratio", paramLabel = "R", defaultValue = "0.05",
            description = "Above this share of rejected rows, no observation is committed (default: ${DEFAULT-VALUE}).")
    double maxRejectRatio;

    @Option(names = "--progress", description = "Print progress lines on stderr (default when stderr is a terminal).")
    boolean progress;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files of the batch.")
    List<Path> files = List.of();

    private final Function<Lake, Stager> stagers;
    private final Clock clock;

    /** With the pipelined stager, validating against the lake's reference data. */
    public IngestCommand() {
        this(lake -> new PipelinedStager(Territories.load(lake)), Clock.systemUTC());
    }

    /** {@code stagers} makes the stager for the lake (which holds the reference data it validates against). */
    public IngestCommand(Function<Lake, Stager> stagers, Clock clock) {
        this.stagers = stagers;
        this.clock = clock;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (files.isEmpty() && manifest == null) {
            throw new ParameterException(spec.commandLine(), "Missing FILE: give the files of the batch or --manifest");
        }
        SourceGroup group = null;
        if (sourceGroup != null) {
            group = SourceGroup.parse(sourceGroup).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "Unknown --source-group '" + sourceGroup + "': usager, habitant, professionnel, decideur or "
                            + "financeur"));
        } else if (manifest == null) {
            throw new ParameterException(spec.commandLine(), "Missing --source-group (or a --manifest that gives it)");
        }
        if (!FORMATS.contains(format)) {
            throw new ParameterException(spec.commandLine(), "Unknown --format '" + format
                    + "': auto, csv, jsonl or xlsx");
        }
        if (Double.isNaN(maxRejectRatio) || maxRejectRatio < 0 || maxRejectRatio > 1) {
            throw new ParameterException(spec.commandLine(), "--max-reject-ratio must be between 0 and 1, not "
                    + maxRejectRatio);
        }
        IngestRequest request = new IngestRequest(lake, files, group, contributor, Optional.ofNullable(manifest),
                format, charset(), maxRejectRatio, Optional.empty(), Optional.empty(),
                progress || System.console() != null);
        Progress sink = line -> {
            err.println(line);
            err.flush();
        };
        try {
            IngestResult result = new Ingest(stagers.apply(new Lake(lake)), clock, sink).run(request);
            out.print(result.report().summary());
            out.println("  report: " + result.reportFile());
            out.flush();
            return result.overThreshold() ? EXIT_OVER_THRESHOLD : 0;
        } catch (InvalidInputException e) {
            err.println("Refused: " + e.getMessage());
            err.flush();
            return EXIT_USAGE;
        }
    }

    private Optional<Charset> charset() {
        if ("auto".equalsIgnoreCase(encoding)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(encoding));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ParameterException(spec.commandLine(), "Unknown --encoding '" + encoding
                    + "': auto, UTF-8 or windows-1252", e);
        }
    }
}
