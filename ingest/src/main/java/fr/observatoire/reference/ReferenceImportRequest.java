package fr.observatoire.reference;

import fr.observatoire.lake.Lake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to import into {@code <lake>/reference}. Only the COG communes file is required; a table whose input is null
 * (or an empty list) is left as it is in the lake. {@code postalCodes} feeds the communes' postal_codes;
 * {@code aideSocialeTitles} the DREES table titles.
 */
public record ReferenceImportRequest(Lake lake, Path communes, Path postalCodes, Path epci, Path departements,
                                     Path population, List<Path> groupings, List<Path> supply,
                                     List<Path> capacities, Path aideSociale, Path aideSocialeTitles) {

    public static final String COMMUNES_FILE = "communes_2026.csv";
    public static final String POSTAL_CODES_FILE = "codes_postaux_2026.csv";
    public static final String EPCI_FILE = "epci_2026.csv";
    public static final String DEPARTEMENTS_FILE = "departements_2026.csv";
    public static final String POPULATION_FILE = "insee_pop_dep_tranches_cles_2015_2025.csv";
    public static final String GROUPINGS_FILE = "groupings.csv";
    public static final String AIDE_SOCIALE_FILE = "drees_aide_sociale_beneficiaires_dep_1996_2020.csv";
    public static final String AIDE_SOCIALE_TITLES_FILE = "drees_aide_sociale_beneficiaires_tableaux.csv";

    public ReferenceImportRequest {
        Objects.requireNonNull(lake, "lake");
        Objects.requireNonNull(communes, "communes: the COG communes file is required");
        groupings = groupings == null ? List.of() : List.copyOf(groupings);
        supply = supply == null ? List.of() : List.copyOf(supply);
        capacities = capacities == null ? List.of() : List.copyOf(capacities);
    }

    /**
     * The files of a reference folder under their standard names ({@code data-samples/reference/}): those present
     * are used, the others left out. No supply: the registry comes from its own files ({@link #withSupply}).
     */
    public static ReferenceImportRequest defaults(Lake lake, Path referenceDir) {
        return new ReferenceImportRequest(lake, referenceDir.resolve(COMMUNES_FILE),
                present(referenceDir.resolve(POSTAL_CODES_FILE)), present(referenceDir.resolve(EPCI_FILE)),
                present(referenceDir.resolve(DEPARTEMENTS_FILE)), present(referenceDir.resolve(POPULATION_FILE)),
                presentList(referenceDir.resolve(GROUPINGS_FILE)), List.of(), List.of(),
                present(referenceDir.resolve(AIDE_SOCIALE_FILE)), present(referenceDir.resolve(AIDE_SOCIALE_TITLES_FILE)));
    }

    private static Path present(Path file) {
        return Files.isRegularFile(file) ? file : null;
    }

    private static List<Path> presentList(Path file) {
        return Files.isRegularFile(file) ? List.of(file) : List.of();
    }

    public ReferenceImportRequest withCommunes(Path file) {
        return new ReferenceImportRequest(lake, file, postalCodes, epci, departements, population, groupings, supply,
                capacities, aideSociale, aideSocialeTitles);
    }

    public ReferenceImportRequest withPopulation(Path file) {
        return new ReferenceImportRequest(lake, communes, postalCodes, epci, departements, file, groupings, supply,
                capacities, aideSociale, aideSocialeTitles);
    }

    public ReferenceImportRequest withGroupings(List<Path> files) {
        return new ReferenceImportRequest(lake, communes, postalCodes, epci, departements, population, files, supply,
                capacities, aideSociale, aideSocialeTitles);
    }

    public ReferenceImportRequest withSupply(List<Path> files, List<Path> capacityFiles) {
        return new ReferenceImportRequest(lake, communes, postalCodes, epci, departements, population, groupings,
                files, capacityFiles, aideSociale, aideSocialeTitles);
    }

    public ReferenceImportRequest withAideSociale(Path file, Path titles) {
        return new ReferenceImportRequest(lake, communes, postalCodes, epci, departements, population, groupings,
                supply, capacities, file, titles);
    }
}
