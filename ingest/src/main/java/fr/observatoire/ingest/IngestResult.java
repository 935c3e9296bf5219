package fr.observatoire.ingest;

import fr.observatoire.ingest.commit.BatchStatus;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What an ingest did.
 *
 * @param duplicateOf for a duplicate batch: the committed batch that already holds the file(s)
 * @param reportFile  {@code <lake>/reports/ingest/<batch>.json}
 */
public record IngestResult(String batchId, BatchStatus status, Optional<String> duplicateOf, IngestReport report,
                           Path reportFile) {

    /** True when the reject ratio exceeded the threshold and the batch's observations were not committed. */
    public boolean overThreshold() {
        return status == BatchStatus.REJECTED;
    }
}
