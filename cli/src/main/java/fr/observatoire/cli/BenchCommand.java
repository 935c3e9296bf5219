package fr.observatoire.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code observatory bench ...}: measurements of the pipeline on generated data. */
@Command(name = "bench",
        description = "Measure the pipeline on generated data.",
        subcommands = {BenchIngestCommand.class, BenchJobsCommand.class, BenchReportsCommand.class,
                BenchThemesCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  observatory bench ingest --observations 2000000",
                "  observatory bench ingest --observations 200000 --bad-rows 1000 --workdir /tmp/bench",
                "  observatory bench themes --observations 1000000 --duckdb-only"})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }
}
