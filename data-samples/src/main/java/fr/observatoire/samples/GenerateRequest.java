package fr.observatoire.samples;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to generate.
 *
 * @param observations  rows in all
 * @param seed          same seed, same request: byte-identical files
 * @param outDir        folder of the observation files (created)
 * @param formats       formats used in turn, one per batch file
 * @param badRowRate    share of rows deliberately wrong, in [0, 1]
 * @param departements  COG codes of the départements covered; empty for all of France
 * @param fromYear      first year of observation dates
 * @param toYear        last year of observation dates
 * @param singleFile    one file of one batch (first format) instead of one file per contributor batch
 * @param manifestDir   where to write one JSON manifest per file, if present
 */
public record GenerateRequest(long observations, long seed, Path outDir, Set<SampleFormat> formats, double badRowRate,
                              List<String> departements, int fromYear, int toYear, boolean singleFile,
                              Optional<Path> manifestDir) {

    public GenerateRequest {
        Objects.requireNonNull(outDir, "outDir");
        if (observations < 0) {
            throw new IllegalArgumentException("observations must be >= 0, not " + observations);
        }
        if (!(badRowRate >= 0.0 && badRowRate <= 1.0)) {
            throw new IllegalArgumentException("badRowRate must be in [0, 1], not " + badRowRate);
        }
        if (fromYear > toYear) {
            throw new IllegalArgumentException("fromYear " + fromYear + " is after toYear " + toYear);
        }
        if (formats == null || formats.isEmpty()) {
            throw new IllegalArgumentException("at least one format is needed");
        }
        formats = Set.copyOf(EnumSet.copyOf(formats));
        departements = List.copyOf(departements);
        manifestDir = manifestDir == null ? Optional.empty() : manifestDir;
    }

    /** One file per contributor batch, no manifests. */
    public GenerateRequest(long observations, long seed, Path outDir, Set<SampleFormat> formats, double badRowRate,
                           List<String> departements, int fromYear, int toYear) {
        this(observations, seed, outDir, formats, badRowRate, departements, fromYear, toYear, false, Optional.empty());
    }

    public GenerateRequest withSingleFile(boolean single) {
        return new GenerateRequest(observations, seed, outDir, formats, badRowRate, departements, fromYear, toYear,
                single, manifestDir);
    }

    public GenerateRequest withManifests(Path dir) {
        return new GenerateRequest(observations, seed, outDir, formats, badRowRate, departements, fromYear, toYear,
                singleFile, Optional.of(dir));
    }

    /** The formats in declaration order, the order in which batches take them. */
    List<SampleFormat> orderedFormats() {
        return List.copyOf(EnumSet.copyOf(formats));
    }
}
