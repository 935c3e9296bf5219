package fr.observatoire.cli;

import fr.observatoire.samples.Territories;
import fr.observatoire.samples.supply.SupplyRequest;
import fr.observatoire.samples.supply.SupplyResult;
import fr.observatoire.samples.supply.SupplySampleGenerator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code observatory samples supply}: writes a synthetic supply registry in the FINESS extract layout. */
@Command(name = "supply",
        description = {"Write a synthetic supply registry (établissements et services) in the layout of the published "
                + "FINESS extract (Latin-1, structureet and geolocalisation lines), a finess;places capacities file "
                + "and the habitats inclusifs in the plain supply layout. Synthetic: no real établissement."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:written", "1:software error or unreadable reference data", "2:usage error"},
        footerHeading = "%nExamples:%n",
        footer = {"  observatory samples supply --out supply",
                "  observatory samples supply --out supply --departements 33,40 --seed 7 --extract-date 2025-06-30"})
public final class SamplesSupplyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder of the supply files.")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--departements", paramLabel = "CODES", split = ",", defaultValue = "59,13,47",
            description = "COG codes of the départements (default: ${DEFAULT-VALUE}).")
    List<String> departements;

    @Option(names = "--extract-date", paramLabel = "DATE", defaultValue = "2025-12-31",
            description = "Date of the simulated extract (default: ${DEFAULT-VALUE}).")
    LocalDate extractDate;

    @Option(names = "--population-year", paramLabel = "YEAR", defaultValue = "2025",
            description = "Year of the INSEE estimates behind the equipment rates (default: ${DEFAULT-VALUE}).")
    int populationYear;

    @Option(names = "--reference", paramLabel = "DIR", defaultValue = "data-samples/reference",
            description = "Folder of the reference files (default: ${DEFAULT-VALUE}).")
    Path reference;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(reference.resolve(Territories.COMMUNES_FILE))) {
            throw new ParameterException(spec.commandLine(), "--reference " + reference + " holds no "
                    + Territories.COMMUNES_FILE);
        }
        Territories territories = Territories.load(reference);
        for (String departement : departements) {
            if (!territories.departements().contains(departement)) {
                throw new ParameterException(spec.commandLine(), "--departements: '" + departement
                        + "' is not a COG département code");
            }
        }
        SupplyResult result = new SupplySampleGenerator(territories, reference)
                .generate(new SupplyRequest(seed, out, departements, extractDate, populationYear));
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("établissements (FINESS layout): " + result.establishmentsFile());
        stdout.println("capacities (finess;places):     " + result.capacitiesFile());
        stdout.println("habitat inclusif (plain):       " + result.plainFile());
        stdout.println(result.establishments() + " establishments; without a capacity line: "
                + String.join(", ", result.withoutCapacity()));
        result.places().forEach((key, places) -> stdout.printf("  %-24s %7d places%n", key, places));
        return 0;
    }
}
