package fr.observatoire.ingest.commit;

import java.time.Instant;
import java.util.Optional;

/**
 * What a commit did.
 *
 * @param superseded  rows of earlier batches replaced by this one (now in {@code history/})
 * @param duplicateOf the committed batch that already holds one of the files, for {@link BatchStatus#DUPLICATE}
 * @param snapshot    the snapshot version that is current after the commit
 */
public record CommitOutcome(BatchStatus status, long superseded, Optional<String> duplicateOf, int snapshot,
                            Instant finishedAt, String message) {
}
