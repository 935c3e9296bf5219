package fr.observatoire.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code observatory reference ...}: reference data (COG, population, groupings, supply, DREES) in the lake. */
@Command(name = "reference",
        description = "Manage the reference data of the lake (territories, population, groupings, supply).",
        subcommands = {ReferenceImportCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  observatory reference import --lake lake",
                "  observatory reference import --lake lake --supply finess.csv --capacities equipements.csv"})
public final class ReferenceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 2;
    }
}
