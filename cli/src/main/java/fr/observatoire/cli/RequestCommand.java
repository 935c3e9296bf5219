package fr.observatoire.cli;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.lake.Lake;
import fr.observatoire.reports.ReportGenerator;
import fr.observatoire.reports.request.RequestResult;
import fr.observatoire.reports.request.RequestRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code observatory request}: serves a département's request for a territorial diagnostic. */
@Command(name = "request", mixinStandardHelpOptions = true,
        description = "Validates a request from a département (JSON or YAML) and writes a dated bundle "
                + "<out>/<output>/<yyyyMMdd>-<requester>-<territory>/ (fiche HTML, CSV/XLSX, figures.json, "
                + "methodology.md), appending an entry to <out>/requests.log.jsonl; refusals are logged too.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:bundle written", "1:software error", "2:request refused (the message names the field)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  observatory request demande-cd47.yaml --lake lake --out bundles",
            "  observatory request demande.json --lake lake --out bundles --decimal-comma",
            "A request (YAML):",
            "  requester: {organisation: \"Conseil départemental de Lot-et-Garonne\", departement: \"47\"}",
            "  territory: {level: departement, code: \"47\"}   # or {communes: [\"47001\"]} or {grouping: NAME}",
            "  period: \"2025\"",
            "  publics: [personnes_agees]",
            "  themes: [maintien_domicile, repit_aidants, liste_attente]   # need domains and/or themes of the texts",
            "  comparisons: [\"33\", \"24\"]",
            "  output: cd47"})
class RequestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "REQUEST", description = "The request file (.json, .yaml or .yml).")
    Path request;

    @Option(names = "--lake", defaultValue = "lake", description = "Lake root folder (default: ${DEFAULT-VALUE}).")
    Path lake;

    @Option(names = "--out", defaultValue = ".",
            description = "Output root: the request's output folder must stay inside it (default: current folder).")
    Path out;

    @Option(names = "--decimal-comma", description = "Write CSV numbers with a decimal comma.")
    boolean decimalComma;

    private final Function<Lake, String> analytics;

    /** Re-runs every analytics job on DuckDB before the report, so the bundle reflects the lake as it is now. */
    RequestCommand() {
        this(RequestRunner.rerunOnDuckDb(Clock.systemUTC()));
    }

    /** With another way to bring the analytics outputs up to date (tests: read them as they are). */
    RequestCommand(Function<Lake, String> analytics) {
        this.analytics = analytics;
    }

    @Override
    public Integer call() {
        RequestResult result;
        try {
            Clock clock = Clock.systemUTC();
            result = new RequestRunner(clock, new ReportGenerator(clock), analytics)
                    .run(request, lake, out, decimalComma);
        } catch (InvalidInputException e) {
            throw new ParameterException(spec.commandLine(), "Request refused: " + e.getMessage(), e, null,
                    String.valueOf(request));
        }
        spec.commandLine().getOut().printf("Bundle written: %s (%d fiche(s)); logged in %s%n", result.bundle(),
                result.report().pages().size(), result.log());
        return 0;
    }
}
