package fr.observatoire.cli;

import fr.observatoire.samples.Defect;
import fr.observatoire.samples.GenerateRequest;
import fr.observatoire.samples.GenerateResult;
import fr.observatoire.samples.GeneratedFile;
import fr.observatoire.samples.ProgressListener;
import fr.observatoire.samples.SampleFormat;
import fr.observatoire.samples.SampleGenerator;
import fr.observatoire.samples.Territories;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code observatory samples generate}: writes seeded observation files, one per contributor batch. */
@Command(name = "generate",
        description = {"Write synthetic field observations as contributors send them: one file per contributor batch "
                + "(one source group, one organisation), spread over real communes in proportion to their "
                + "population. The same seed and options write the same bytes.",
                "With --bad-rows, that share of rows is deliberately wrong (unknown commune, impossible date, missing "
                        + "field, unknown vocabulary value, negative persons, personal data in the text); the counts "
                        + "are printed."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:software error or unreadable reference data", "2:usage error"},
        footerHeading = "%nExamples:%n",
        footer = {"  observatory samples generate --observations 3000 --seed 42 --out samples",
                "  observatory samples generate --observations 5000 --format xlsx,kobo --bad-rows 0.03 "
                        + "--departements 59,13,47 --from 2022 --to 2025 --out samples --manifests samples/manifests",
                "  observatory samples generate --observations 2000000 --format csv-utf8 --single-file --out bench"})
public final class SamplesGenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--observations", paramLabel = "N", required = true, description = "Rows to write in all.")
    long observations;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder of the observation files.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "all",
            description = "csv-1252, csv-utf8, jsonl, xlsx, kobo or all; comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = "--bad-rows", paramLabel = "RATE", defaultValue = "0",
            description = "Share of deliberately wrong rows, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double badRows;

    @Option(names = "--departements", paramLabel = "CODES", split = ",",
            description = "COG codes of the départements covered, e.g. 59,13,47 (default: all of France).")
    List<String> departements = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YEAR", defaultValue = "2022",
            description = "First year of observation dates (default: ${DEFAULT-VALUE}).")
    int fromYear;

    @Option(names = "--to", paramLabel = "YEAR", defaultValue = "2025",
            description = "Last year of observation dates (default: ${DEFAULT-VALUE}).")
    int toYear;

    @Option(names = "--single-file", description = "One file of one batch, in the one format given (benchmarks).")
    boolean singleFile;

    @Option(names = "--manifests", paramLabel = "DIR", description = "Also write one JSON manifest per file there.")
    Path manifests;

    @Option(names = "--reference", paramLabel = "DIR", defaultValue = "data-samples/reference",
            description = "Folder of communes_2026.csv and departements_2026.csv (default: ${DEFAULT-VALUE}).")
    Path reference;

    @Option(names = "--progress", description = "Print a progress line on stderr (always done from 200,000 rows).")
    boolean progress;

    @Override
    public Integer call() {
        Set<SampleFormat> chosen = formats();
        if (observations < 0) {
            throw new ParameterException(spec.commandLine(), "--observations must be 0 or more, not " + observations);
        }
        if (!(badRows >= 0 && badRows <= 1)) {
            throw new ParameterException(spec.commandLine(), "--bad-rows must be between 0 and 1, not " + badRows);
        }
        if (fromYear > toYear) {
            throw new ParameterException(spec.commandLine(), "--from " + fromYear + " is after --to " + toYear);
        }
        if (singleFile && chosen.size() != 1) {
            throw new ParameterException(spec.commandLine(), "--single-file needs exactly one --format, not "
                    + formats);
        }
        if (!Files.isRegularFile(reference.resolve(Territories.COMMUNES_FILE))) {
            throw new ParameterException(spec.commandLine(), "--reference " + reference + " holds no "
                    + Territories.COMMUNES_FILE);
        }
        Territories territories = Territories.load(reference);
        List<String> known = territories.departements();
        for (String departement : departements) {
            if (!known.contains(departement)) {
                throw new ParameterException(spec.commandLine(), "--departements: '" + departement
                        + "' is not a COG département code");
            }
        }
        GenerateRequest request = new GenerateRequest(observations, seed, out, chosen, badRows, departements,
                fromYear, toYear).withSingleFile(singleFile);
        if (manifests != null) {
            request = request.withManifests(manifests);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        boolean showProgress = progress || observations >= 200_000;
        ProgressListener listener = showProgress
                ? (written, total) -> {
                    stderr.printf(Locale.ROOT, "\r%,d / %,d rows (%.0f%%)", written, total,
                            total == 0 ? 100.0 : 100.0 * written / total);
                    stderr.flush();
                }
                : ProgressListener.NONE;
        long started = System.nanoTime();
        GenerateResult result = new SampleGenerator(territories).generate(request, listener);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (showProgress) {
            stderr.println();
        }
        for (GeneratedFile file : result.files()) {
            stdout.printf(Locale.ROOT, "%-10s %7d rows %5d bad  %-13s %s%n", file.format().option(), file.rows(),
                    file.badRows(), file.sourceGroup().code(), out.relativize(file.path()));
        }
        stdout.printf(Locale.ROOT, "%d file(s), %d rows in %s (seed %d) in %.1f s%n", result.files().size(),
                result.rows(), out, seed, seconds);
        stdout.printf(Locale.ROOT, "bad rows: %d, of which ingest must reject %d%n", result.badRows(),
                result.rejectableRows());
        for (Defect defect : Defect.values()) {
            stdout.printf(Locale.ROOT, "  %-16s %d%n", defect.code(), result.defects().get(defect));
        }
        return 0;
    }

    private Set<SampleFormat> formats() {
        Set<SampleFormat> chosen = EnumSet.noneOf(SampleFormat.class);
        for (String format : formats) {
            if (format.strip().equalsIgnoreCase("all")) {
                chosen.addAll(EnumSet.allOf(SampleFormat.class));
            } else {
                chosen.add(SampleFormat.parse(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                        "--format: unknown format '" + format + "' (csv-1252, csv-utf8, jsonl, xlsx, kobo, all)")));
            }
        }
        return chosen;
    }
}
