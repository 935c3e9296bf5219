package fr.observatoire.cli;

import fr.observatoire.ingest.commit.Ledger;
import fr.observatoire.ingest.commit.LedgerEntry;
import fr.observatoire.lake.Lake;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code observatory ledger}: the batches of a lake, oldest first. */
@Command(name = "ledger",
        description = "List the batches recorded in the lake's ledger: status (committed, rejected, duplicate, "
                + "failed, erasure), source group, contributor, files, rows read/accepted/rejected, superseded rows.",
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:listed", "1:software error", "2:usage error, no lake"},
        footerHeading = "%nExamples:%n",
        footer = {"  observatory ledger", "  observatory ledger --lake /data/lake"})
public final class LedgerCommand implements Callable<Integer> {

    private static final String ROW = "%-26s %-9s %-13s %-28s %8s %8s %8s %6s  %-20s  %s%n";

    @Spec
    CommandSpec spec;

    @Option(names = "--lake", paramLabel = "DIR", defaultValue = "lake",
            description = "Lake root (default: ${DEFAULT-VALUE}).")
    Path lake;

    @Override
    public Integer call() {
        if (!Files.isDirectory(lake)) {
            throw new ParameterException(spec.commandLine(), "No lake at " + lake);
        }
        List<LedgerEntry> entries = Ledger.read(new Lake(lake).ledger()).entries();
        PrintWriter out = spec.commandLine().getOut();
        if (entries.isEmpty()) {
            out.println("No batch in " + lake);
            out.flush();
            return 0;
        }
        out.printf(ROW, "batch", "status", "source group", "contributor", "read", "accepted", "rejected", "supers",
                "finished (UTC)", "files / message");
        for (LedgerEntry e : entries) {
            out.printf(ROW, e.batchId(), e.status().code(), text(e.sourceGroup()), shorten(text(e.contributor()), 28),
                    e.rowsRead(), e.rowsAccepted(), e.rowsRejected(), e.superseded(),
                    e.finishedAt().truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", ""),
                    e.fileName() == null ? e.message() : e.fileName().replace("|", ", "));
        }
        out.printf("%d entries%n", entries.size());
        out.flush();
        return 0;
    }

    private static String text(String value) {
        return value == null ? "-" : value;
    }

    private static String shorten(String value, int width) {
        return value.length() <= width ? value : value.substring(0, width - 1) + "…";
    }
}
