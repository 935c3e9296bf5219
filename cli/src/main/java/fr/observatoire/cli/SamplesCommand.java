package fr.observatoire.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code observatory samples ...}: seeded synthetic observation files and supply registry. */
@Command(name = "samples",
        description = "Generate seeded synthetic field observations and a synthetic supply registry.",
        subcommands = {SamplesGenerateCommand.class, SamplesSupplyCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  observatory samples generate --observations 3000 --seed 42 --out samples",
                "  observatory samples generate --observations 2000000 --format csv-utf8 --single-file --out bench",
                "  observatory samples supply --out supply --departements 59,13,47"})
public final class SamplesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }
}
