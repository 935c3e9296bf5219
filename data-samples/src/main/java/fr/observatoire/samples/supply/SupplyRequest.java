package fr.observatoire.samples.supply;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What supply registry sample to write.
 *
 * @param departements   COG codes of the départements covered (not empty)
 * @param extractDate    date of the simulated FINESS extract, in the metadata line and the file names
 * @param populationYear year of the INSEE estimates used as denominators of the planted rates
 */
public record SupplyRequest(long seed, Path outDir, List<String> departements, LocalDate extractDate,
                            int populationYear) {

    public SupplyRequest {
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(extractDate, "extractDate");
        departements = List.copyOf(departements);
        if (departements.isEmpty()) {
            throw new IllegalArgumentException("at least one département is needed");
        }
    }
}
