package fr.observatoire.cli;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.reports.ReportGenerator;
import fr.observatoire.reports.ReportRequest;
import fr.observatoire.reports.ReportResult;
import fr.observatoire.reports.view.Scope;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code observatory report}: writes the static site of fiches territoire from the lake. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes fiches territoire (self-contained HTML, printable to PDF) with an index, every table "
                + "as CSV and one XLSX workbook per territory, from the analytics outputs of a lake.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:reports written", "1:software error", "2:usage error (unknown territory or period)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  observatory report --lake lake --out site",
            "  observatory report --lake lake --territory 47 --period 2025 --out site/47",
            "  observatory report --lake lake --territory region:75 --threshold 10 --decimal-comma --out site",
            "  observatory report --lake lake --territory grouping:MEL --out site",
            "Territories: all (départements, régions, France, groupings), france, departement:47, region:75,",
            "commune:47001, epci:SIREN, grouping:NAME[:ZONE], a bare code, or several separated by commas."})
class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lake", defaultValue = "lake", description = "Lake root folder (default: ${DEFAULT-VALUE}).")
    Path lake;

    @Option(names = "--territory", defaultValue = "all", description = "Territory selector (default: ${DEFAULT-VALUE}).")
    String territory;

    @Option(names = "--period", description = "Period, e.g. 2025 (default: the latest of each territory).")
    String period;

    @Option(names = "--threshold", defaultValue = "5",
            description = "Disclosure threshold: counts below it are hidden (default: ${DEFAULT-VALUE}).")
    int threshold;

    @Option(names = "--out", required = true, description = "Output folder of the site.")
    Path out;

    @Option(names = "--decimal-comma", description = "Write CSV numbers with a decimal comma.")
    boolean decimalComma;

    @Option(names = "--no-exports", description = "Do not write CSV and XLSX exports.")
    boolean noExports;

    @Override
    public Integer call() {
        if (threshold < 1) {
            throw new ParameterException(spec.commandLine(), "--threshold must be at least 1, got " + threshold);
        }
        ReportResult result;
        try {
            result = new ReportGenerator(Clock.systemUTC()).generate(new ReportRequest(lake, territory, period,
                    threshold, out, decimalComma, Scope.ALL, !noExports));
        } catch (InvalidInputException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, null, territory);
        }
        spec.commandLine().getOut().printf("%d fiche(s) territoire written; index: %s%n", result.pages().size(),
                result.index());
        return 0;
    }
}
