package fr.observatoire.analytics.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A synthetic lake to generate.
 *
 * @param root         the lake folder (created; an existing observations folder is replaced)
 * @param observations rows to generate
 * @param seed         the same seed gives the same rows
 * @param referenceDir the real reference files ({@code data-samples/reference}): communes_2026.csv,
 *                     departements_2026.csv, epci_2026.csv, insee_pop_dep_tranches_cles_2015_2025.csv
 */
public record BenchLakeRequest(Path root, long observations, long seed, Path referenceDir) {

    public BenchLakeRequest {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(referenceDir, "referenceDir");
        if (observations < 1) {
            throw new IllegalArgumentException("observations must be at least 1, was " + observations);
        }
    }
}
