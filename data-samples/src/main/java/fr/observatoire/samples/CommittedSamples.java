package fr.observatoire.samples;

import fr.observatoire.samples.supply.SupplyRequest;
import fr.observatoire.samples.supply.SupplyResult;
import fr.observatoire.samples.supply.SupplySampleGenerator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * The sample set committed under {@code data-samples/}: its fixed requests, and how to write it again. A test
 * regenerates it and compares the bytes, so the committed files are never stale.
 *
 * <pre>
 * data-samples/observations/   about 3,000 observations, Nord, Bouches-du-Rhône, Lot-et-Garonne, 2022–2025
 * data-samples/manifests/      one JSON manifest per observation file
 * data-samples/supply/         synthetic FINESS-layout supply registry, capacities, habitat inclusif
 * </pre>
 */
public final class CommittedSamples {

    public static final long OBSERVATIONS_SEED = 20_260_101L;
    public static final long OBSERVATIONS = 3_000;
    public static final double BAD_ROW_RATE = 0.03;
    public static final List<String> DEPARTEMENTS = List.of("59", "13", "47");
    public static final int FROM_YEAR = 2022;
    public static final int TO_YEAR = 2025;
    public static final long SUPPLY_SEED = 20_251_231L;
    public static final LocalDate SUPPLY_EXTRACT_DATE = LocalDate.of(2025, 12, 31);
    public static final int SUPPLY_POPULATION_YEAR = 2025;

    private CommittedSamples() {
    }

    /** The observation request, writing under {@code root/observations} and {@code root/manifests}. */
    public static GenerateRequest observations(Path root) {
        return new GenerateRequest(OBSERVATIONS, OBSERVATIONS_SEED, root.resolve("observations"),
                EnumSet.allOf(SampleFormat.class), BAD_ROW_RATE, DEPARTEMENTS, FROM_YEAR, TO_YEAR)
                .withManifests(root.resolve("manifests"));
    }

    public static SupplyRequest supply(Path root) {
        return new SupplyRequest(SUPPLY_SEED, root.resolve("supply"), DEPARTEMENTS, SUPPLY_EXTRACT_DATE,
                SUPPLY_POPULATION_YEAR);
    }

    /** Writes the whole set under {@code root}, reading the reference data from {@code referenceDir}. */
    public static Written write(Path referenceDir, Path root) {
        Territories territories = Territories.load(referenceDir);
        GenerateResult observations = new SampleGenerator(territories).generate(observations(root));
        SupplyResult supply = new SupplySampleGenerator(territories, referenceDir).generate(supply(root));
        return new Written(observations, supply);
    }

    public record Written(GenerateResult observations, SupplyResult supply) {
    }
}
