package fr.observatoire.ingest.forget;

import java.util.List;

/**
 * What an erasure removed.
 *
 * @param erasureId      the ledger's batch_id of the erasure row ({@code e<time>-<hex>})
 * @param filesRewritten Parquet files rewritten (or deleted when nothing was left in them)
 * @param batches        the batches that lost rows
 * @param snapshot       the snapshot version that is current afterwards (0 rows removed: unchanged)
 */
public record ForgetResult(String erasureId, long observationsRemoved, long rejectsRemoved, long historyRemoved,
                           int filesRewritten, List<String> batches, int snapshot) {

    public ForgetResult {
        batches = List.copyOf(batches);
    }

    public long rowsRemoved() {
        return observationsRemoved + rejectsRemoved + historyRemoved;
    }
}
