package fr.observatoire.cli;

import fr.observatoire.lake.Lake;
import fr.observatoire.reference.ReferenceImport;
import fr.observatoire.reference.ReferenceImportRequest;
import fr.observatoire.reference.ReferenceImportResult;
import fr.observatoire.reference.TableReport;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code observatory reference import}: imports reference files into {@code <lake>/reference/} as Parquet. */
@Command(name = "import",
        description = {"Import reference data into <lake>/reference/ (Parquet, one file per table).",
                "Reads the standard files of --from (COG 2026 communes, EPCI, départements, postal codes, INSEE "
                        + "population, groupings, DREES aide sociale); each option replaces one of them. Tables are "
                        + "replaced only when every input has been read: a failed import leaves the previous "
                        + "reference intact."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:imported", "1:invalid input file (the message names file, line, field and value) or software error",
                "2:usage error, missing input file"},
        footerHeading = "%nExamples:%n",
        footer = {"  observatory reference import --lake lake",
                "  observatory reference import --lake lake --from data-samples/reference --groupings my-zones.csv",
                "  observatory reference import --lake lake --supply data-samples/supply/finess-47.csv "
                        + "--capacities data-samples/supply/equipements-47.csv",
                "  observatory reference import --lake lake --supply registre.csv --aide-sociale drees.csv"})
public final class ReferenceImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--lake", paramLabel = "DIR", defaultValue = "lake",
            description = "Lake root (default: ${DEFAULT-VALUE}).")
    Path lake;

    @Option(names = "--from", paramLabel = "DIR", defaultValue = "data-samples/reference",
            description = "Folder of the standard reference files (default: ${DEFAULT-VALUE}).")
    Path from;

    @Option(names = "--communes", paramLabel = "FILE", description = "COG communes CSV (default: <from>/"
            + ReferenceImportRequest.COMMUNES_FILE + ").")
    Path communes;

    @Option(names = "--population", paramLabel = "FILE",
            description = "INSEE population by département and age band (insee_pop_dep_tranches_cles layout).")
    Path population;

    @Option(names = "--groupings", paramLabel = "FILE", description = "Groupings file, repeatable "
            + "(grouping;commune_code;zone or grouping;zone;members).")
    List<Path> groupings;

    @Option(names = "--supply", paramLabel = "FILE",
            description = "Supply registry, repeatable: FINESS établissements extract or plain CSV.")
    List<Path> supply;

    @Option(names = "--capacities", paramLabel = "FILE",
            description = "Capacities for the supply, repeatable: FINESS équipements extract or finess;places CSV.")
    List<Path> capacities;

    @Option(names = "--aide-sociale", paramLabel = "FILE", description = "DREES aide-sociale beneficiaries CSV.")
    Path aideSociale;

    @Override
    public Integer call() {
        if (!Files.isDirectory(from) && communes == null) {
            throw new ParameterException(spec.commandLine(), "No reference folder " + from
                    + ": give --from DIR or --communes FILE");
        }
        ReferenceImportRequest request = ReferenceImportRequest.defaults(new Lake(lake), from);
        if (communes != null) {
            request = request.withCommunes(communes);
        }
        if (population != null) {
            request = request.withPopulation(population);
        }
        if (groupings != null) {
            request = request.withGroupings(groupings);
        }
        if (supply != null || capacities != null) {
            request = request.withSupply(supply == null ? List.of() : supply,
                    capacities == null ? List.of() : capacities);
        }
        if (aideSociale != null) {
            request = request.withAideSociale(aideSociale, request.aideSocialeTitles());
        }
        for (Path file : inputs(request)) {
            if (!Files.isRegularFile(file)) {
                throw new ParameterException(spec.commandLine(), "No such file: " + file);
            }
        }
        ReferenceImportResult result = new ReferenceImport(Clock.systemUTC()).run(request);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("Reference imported into %s%n", result.referenceDir());
        for (TableReport table : result.tables()) {
            out.printf("%-13s %,9d rows  source: %s%n", table.table().directory(), table.rows(), table.source());
            out.printf("%-13s %9s       vintage: %s%n", "", "", table.vintage());
            for (String note : table.notes()) {
                out.printf("%-13s %9s       - %s%n", "", "", note);
            }
        }
        out.flush();
        return 0;
    }

    private static List<Path> inputs(ReferenceImportRequest request) {
        List<Path> files = new ArrayList<>();
        files.add(request.communes());
        Stream.of(request.postalCodes(), request.epci(), request.departements(), request.population(),
                request.aideSociale(), request.aideSocialeTitles()).filter(Objects::nonNull).forEach(files::add);
        files.addAll(request.groupings());
        files.addAll(request.supply());
        files.addAll(request.capacities());
        return files;
    }
}
