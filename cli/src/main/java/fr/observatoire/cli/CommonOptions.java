package fr.observatoire.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command shares: the lake and verbosity. */
public final class CommonOptions {

    @Option(names = "--lake", paramLabel = "DIR", defaultValue = "lake",
            description = "Lake folder (default: ${DEFAULT-VALUE}).")
    Path lake;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors.")
    boolean verbose;

    public Path lake() {
        return lake;
    }

    public boolean verbose() {
        return verbose;
    }
}
