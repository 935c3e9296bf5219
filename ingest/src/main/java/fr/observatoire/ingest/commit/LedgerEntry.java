package fr.observatoire.ingest.commit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One row of the ledger (see {@link fr.observatoire.lake.LedgerColumns}). For a batch of several files,
 * {@code fileName} and {@code fileSha256} join the files' names and hashes with {@code |}, in the same order.
 */
public record LedgerEntry(
        String batchId,
        String sourceGroup,
        String contributor,
        String fileName,
        String fileSha256,
        long rowsRead,
        long rowsAccepted,
        long rowsRejected,
        long redactions,
        long superseded,
        BatchStatus status,
        Instant startedAt,
        Instant finishedAt,
        String message) {

    public static final String SEPARATOR = "|";

    public LedgerEntry {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    /** The SHA-256 of each file of the batch. */
    public List<String> sha256s() {
        if (fileSha256 == null || fileSha256.isEmpty()) {
            return List.of();
        }
        return List.of(fileSha256.split("\\|"));
    }

    /** The name of each file of the batch. */
    public List<String> fileNames() {
        if (fileName == null || fileName.isEmpty()) {
            return List.of();
        }
        return List.of(fileName.split("\\|"));
    }
}
