package fr.observatoire.samples;

import fr.observatoire.vocabulary.SourceGroup;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One written file: one contributor batch.
 *
 * @param badRows      rows written with at least one defect
 * @param rejectable   rows with at least one defect that ingest must reject (personal data alone is not one)
 * @param defects      rows carrying each defect (a row may carry two)
 */
public record GeneratedFile(Path path, SampleFormat format, SourceGroup sourceGroup, String contributor,
                            String departement, String formVersion, long rows, long badRows, long rejectable,
                            Map<Defect, Long> defects, String sha256, Optional<Path> manifest) {

    public GeneratedFile {
        defects = Map.copyOf(defects);
    }
}
