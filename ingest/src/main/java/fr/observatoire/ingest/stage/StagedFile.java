package fr.observatoire.ingest.stage;

import java.nio.file.Path;

/** One input file of a batch, with the SHA-256 of its bytes (idempotency) and its row counts. */
public record StagedFile(Path path, String sha256, String format, String encoding,
                         long rowsRead, long rowsAccepted, long rowsRejected) {
}
