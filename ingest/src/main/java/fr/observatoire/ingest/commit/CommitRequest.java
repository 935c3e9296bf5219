package fr.observatoire.ingest.commit;

import fr.observatoire.ingest.stage.StagedBatch;
import java.time.Instant;
import java.util.Objects;

/**
 * A staged batch to commit, with the facts the ledger records.
 *
 * @param maxRejectRatio above this share of rejected rows, no observation of the batch is committed
 */
public record CommitRequest(StagedBatch batch, String sourceGroup, String contributor, Instant startedAt,
                            double maxRejectRatio) {

    public CommitRequest {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(startedAt, "startedAt");
        if (Double.isNaN(maxRejectRatio) || maxRejectRatio < 0 || maxRejectRatio > 1) {
            throw new IllegalArgumentException("maxRejectRatio must be between 0 and 1, not " + maxRejectRatio);
        }
    }
}
