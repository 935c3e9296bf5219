package fr.observatoire.cli;

import fr.observatoire.reports.ReportGenerator;
import fr.observatoire.reports.ReportRequest;
import fr.observatoire.reports.ReportResult;
import fr.observatoire.reports.view.Scope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code observatory bench reports}: times the fiches of every département of a lake. */
@Command(name = "reports", mixinStandardHelpOptions = true,
        description = "Writes the fiche of every département of the lake (with exports) and prints the time taken "
                + "and the pages per second.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:software error", "2:usage error"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  observatory bench reports --lake lake",
            "  observatory bench reports --lake lake --out /tmp/site --no-exports --repeat 3"})
class BenchReportsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lake", defaultValue = "lake", description = "Lake root folder (default: ${DEFAULT-VALUE}).")
    Path lake;

    @Option(names = "--out", description = "Where to write the pages (default: a temporary folder, deleted after).")
    Path out;

    @Option(names = "--no-exports", description = "Time the HTML pages only.")
    boolean noExports;

    @Option(names = "--repeat", defaultValue = "1", description = "Runs to time (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws IOException {
        Path target = out != null ? out : Files.createTempDirectory("observatory-bench-reports");
        ReportGenerator generator = new ReportGenerator(Clock.systemUTC());
        try {
            for (int run = 1; run <= repeat; run++) {
                long start = System.nanoTime();
                ReportResult result = generator.generate(new ReportRequest(lake, "departement:*", null, 5, target,
                        false, Scope.ALL, !noExports));
                double seconds = (System.nanoTime() - start) / 1e9;
                spec.commandLine().getOut().printf(Locale.ROOT, "run %d: %d pages in %.2f s, %.1f pages/s%s%n", run,
                        result.pages().size(), seconds, result.pages().size() / seconds,
                        noExports ? "" : " (with CSV and XLSX exports)");
            }
        } finally {
            if (out == null) {
                delete(target);
            }
        }
        return 0;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + folder, e);
        }
    }
}
