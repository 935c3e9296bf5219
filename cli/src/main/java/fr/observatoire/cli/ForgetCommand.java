package fr.observatoire.cli;

import fr.observatoire.ingest.forget.Forget;
import fr.observatoire.ingest.forget.ForgetRequest;
import fr.observatoire.ingest.forget.ForgetResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code observatory forget}: the right to erasure, applied to every copy the lake keeps. */
@Command(name = "forget",
        description = {"Erase an observation, or everything a contributor sent, from the lake (right to erasure).",
                "Every observations, rejects and history file holding such rows is rewritten without them in one "
                        + "atomic commit; older snapshots are then deleted so the bytes leave the disk. The ledger "
                        + "records the erasure (counts and a SHA-256 of the id or organisation, not the content)."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:erased, or nothing to erase", "1:software error", "2:usage error, no lake"},
        footerHeading = "%nExamples:%n",
        footer = {"  observatory forget --observation 7f3c2a10-5b1e-4c8e-9a77-0d1f2e3a4b5c",
                "  observatory forget --lake /data/lake --contributor \"Association Les Tilleuls\""})
public final class ForgetCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lake", paramLabel = "DIR", defaultValue = "lake",
            description = "Lake root (default: ${DEFAULT-VALUE}).")
    Path lake;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    static final class Target {
        @Option(names = "--observation", paramLabel = "ID", required = true,
                description = "The observation_id to erase (its current row, history and rejects).")
        String observation;

        @Option(names = "--contributor", paramLabel = "ORG", required = true,
                description = "Erase every row this organisation sent.")
        String contributor;
    }

    private final Clock clock;

    public ForgetCommand() {
        this(Clock.systemUTC());
    }

    ForgetCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(lake)) {
            throw new ParameterException(spec.commandLine(), "No lake at " + lake);
        }
        String selector = target.observation != null ? target.observation : target.contributor;
        if (selector.isBlank()) {
            throw new ParameterException(spec.commandLine(), "The observation id or contributor must not be blank");
        }
        ForgetResult result = new Forget(clock).run(new ForgetRequest(lake, Optional.ofNullable(target.observation),
                Optional.ofNullable(target.contributor)));
        PrintWriter out = spec.commandLine().getOut();
        if (result.rowsRemoved() == 0) {
            out.println("Nothing to erase: no row of " + (target.observation != null ? "observation " : "contributor ")
                    + selector + " in " + lake);
        } else {
            out.printf("Erased %d rows (observations %d, rejects %d, history %d) from %d files of %d batches.%n",
                    result.rowsRemoved(), result.observationsRemoved(), result.rejectsRemoved(),
                    result.historyRemoved(), result.filesRewritten(), result.batches().size());
            out.printf("Snapshot v%06d is current; older snapshots deleted. Ledger entry %s.%n", result.snapshot(),
                    result.erasureId());
        }
        out.flush();
        return 0;
    }
}
