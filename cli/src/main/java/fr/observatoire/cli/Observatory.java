package fr.observatoire.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Root command: wires the subcommands of each stage; holds no logic of its own. */
@Command(name = "observatory",
        mixinStandardHelpOptions = true,
        usageHelpWidth = 110,
        version = "observatory 0.1.0",
        description = {
            "Observatoire des besoins partagés: a permanent, bottom-up bank of field observations about social "
                + "and medico-social needs, turned into territorial diagnostics (diagnostic partagé) and gap analyses.",
            ""},
        subcommands = {
            CommandLine.HelpCommand.class,
            DemoCommand.class,
            ReferenceCommand.class,
            SamplesCommand.class,
            IngestCommand.class,
            LedgerCommand.class,
            RunCommand.class,
            ReportCommand.class,
            RequestCommand.class,
            ForgetCommand.class,
            BenchCommand.class,
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  observatory demo                                  run the whole chain on the shipped samples",
            "  observatory reference import --lake lake          import COG, INSEE and supply reference data",
            "  observatory ingest --source-group professionnel --contributor \"CCAS de Roubaix\" obs.csv",
            "  observatory run all --lake lake --engine duckdb   diagnostics, gaps, emerging needs, quality, themes",
            "  observatory report --lake lake --territory 59 --out site",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:software error",
            "2:usage error or invalid input",
            "3:reject ratio over the threshold (nothing of the batch committed)"})
public final class Observatory implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Observatory())
                .setExecutionExceptionHandler(new ShortErrorHandler())
                .setDefaultValueProvider(new InstallationDefaults(System.getProperty("observatory.home")))
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
