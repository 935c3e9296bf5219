package fr.observatoire.ingest.stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A batch ready to commit: {@code observations} and {@code rejects} are folders of Parquet files whose columns are
 * {@link fr.observatoire.lake.ObservationColumns#FILE_COLUMNS} and {@link fr.observatoire.lake.RejectColumns}
 * (no batch_id column: the committer places them under {@code batch_id=<id>}).
 */
public record StagedBatch(
        String batchId,
        Path observations,
        Path rejects,
        List<StagedFile> files,
        long rowsRead,
        long rowsAccepted,
        long rowsRejected,
        Map<String, Long> redactionsByKind,
        Map<String, Long> rejectsByCode,
        List<String> warnings) {

    public StagedBatch {
        files = List.copyOf(files);
        redactionsByKind = Map.copyOf(redactionsByKind);
        rejectsByCode = Map.copyOf(rejectsByCode);
        warnings = List.copyOf(warnings);
    }

    public long redactions() {
        return redactionsByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Share of rows read that were rejected (0 when nothing was read). */
    public double rejectRatio() {
        return rowsRead == 0 ? 0.0 : (double) rowsRejected / rowsRead;
    }
}
