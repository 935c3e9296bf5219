package fr.observatoire.ingest.commit;

import fr.observatoire.error.ObservatoryException;
import fr.observatoire.ingest.stage.StagedBatch;
import fr.observatoire.ingest.stage.StagedFile;
import fr.observatoire.lake.Lake;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Makes a staged batch visible in the lake in one atomic commit: checks again, under the lock, that none of its
 * files was committed meanwhile; applies the reject threshold; moves rejects and observations under
 * {@code batch_id=<id>}; moves the rows that this batch supersedes (same observation_id and contributor) to
 * {@code history/}; appends the ledger row.
 */
public final class BatchCommitter {

    static final String OBSERVATIONS = "observations";
    static final String REJECTS = "rejects";
    static final String HISTORY = "history";

    private final Lake lake;
    private final Clock clock;

    public BatchCommitter(Lake lake, Clock clock) {
        this.lake = lake;
        this.clock = clock;
    }

    public CommitOutcome commit(CommitRequest request) {
        StagedBatch batch = request.batch();
        try (LakeTransaction tx = LakeTransaction.begin(lake)) {
            Ledger ledger = tx.ledger();
            for (StagedFile file : batch.files()) {
                Optional<String> earlier = ledger.committedBatchOf(file.sha256());
                if (earlier.isPresent()) {
                    String message = file.path().getFileName() + " is a duplicate of batch " + earlier.get()
                            + " (committed while this batch was staged): nothing committed";
                    return finish(tx, request, BatchStatus.DUPLICATE, 0, earlier, message);
                }
            }
            addAll(tx, REJECTS, batch.batchId(), parquetFiles(batch.rejects()));
            if (batch.rejectRatio() > request.maxRejectRatio()) {
                String message = String.format(java.util.Locale.ROOT,
                        "%d of %d rows rejected (%.1f%% > %.1f%%): no observation committed, rejects kept in %s",
                        batch.rowsRejected(), batch.rowsRead(), 100 * batch.rejectRatio(),
                        100 * request.maxRejectRatio(), lake.rejects().resolve("batch_id=" + batch.batchId()));
                return finish(tx, request, BatchStatus.REJECTED, 0, Optional.empty(), message);
            }
            List<Path> incoming = parquetFiles(batch.observations());
            long superseded = supersede(tx, batch.batchId(), incoming);
            addAll(tx, OBSERVATIONS, batch.batchId(), incoming);
            String message = String.format(java.util.Locale.ROOT, "%d rows committed, %d rejected, %d superseded",
                    batch.rowsAccepted(), batch.rowsRejected(), superseded);
            return finish(tx, request, BatchStatus.COMMITTED, superseded, Optional.empty(), message);
        }
    }

    /** Records a batch that never reached the commit (duplicate before staging, failed staging). */
    public CommitOutcome record(LedgerEntry entry) {
        try (LakeTransaction tx = LakeTransaction.begin(lake)) {
            tx.append(entry);
            int snapshot = tx.commit(LakeTransaction.Retention.KEEP_PREVIOUS);
            return new CommitOutcome(entry.status(), 0, Optional.empty(), snapshot, entry.finishedAt(),
                    entry.message());
        }
    }

    /** Reads the committed ledger under the lock (a consistent view even while another process commits). */
    public Ledger ledger() {
        try (LakeTransaction tx = LakeTransaction.begin(lake)) {
            return tx.ledger();
        }
    }

    private CommitOutcome finish(LakeTransaction tx, CommitRequest request, BatchStatus status, long superseded,
                                 Optional<String> duplicateOf, String message) {
        StagedBatch batch = request.batch();
        Instant finished = clock.instant();
        boolean committed = status == BatchStatus.COMMITTED;
        tx.append(new LedgerEntry(batch.batchId(), request.sourceGroup(), request.contributor(),
                batch.files().stream().map(f -> f.path().getFileName().toString())
                        .collect(Collectors.joining(LedgerEntry.SEPARATOR)),
                batch.files().stream().map(StagedFile::sha256).collect(Collectors.joining(LedgerEntry.SEPARATOR)),
                batch.rowsRead(), committed ? batch.rowsAccepted() : 0, batch.rowsRejected(), batch.redactions(),
                superseded, status, request.startedAt(), finished, message));
        int snapshot = tx.commit(LakeTransaction.Retention.KEEP_PREVIOUS);
        return new CommitOutcome(status, superseded, duplicateOf, snapshot, finished, message);
    }

    /**
     * Moves the current rows that {@code incoming} re-sends (same observation_id and contributor) to
     * {@code history/superseded_by=<batch>/}, and rewrites each file that held them without them.
     */
    private long supersede(LakeTransaction tx, String batchId, List<Path> incoming) {
        List<Path> existing = tx.files(OBSERVATIONS).stream()
                .filter(p -> p.getFileName().toString().endsWith(".parquet")).toList();
        if (incoming.isEmpty() || existing.isEmpty()) {
            return 0;
        }
        try (Connection connection = DuckDb.open()) {
            DuckDb.execute(connection, sql("incoming_keys.sql").with("incoming", incoming));
            Map<Path, Long> affected = DuckDb.query(connection, sql("superseded_files.sql").with("files", existing),
                            row -> Map.entry(Path.of(row.getString(1)).toAbsolutePath().normalize(),
                                    row.getLong(2)))
                    .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            if (affected.isEmpty()) {
                return 0;
            }
            List<Path> files = affected.keySet().stream().sorted().toList();
            String supersededAt = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
            DuckDb.execute(connection, sql("write_history.sql").with("files", files)
                    .with("target", tx.newFile(HISTORY, "superseded_by=" + batchId)), supersededAt);
            for (Path file : files) {
                long remaining = DuckDb.query(connection, sql("count_remaining.sql").with("file", file),
                        row -> row.getLong(1)).get(0);
                if (remaining > 0) {
                    Path rewritten = tx.newFile(OBSERVATIONS, file.getParent().getFileName().toString());
                    DuckDb.execute(connection, sql("rewrite_without_superseded.sql").with("file", file)
                            .with("target", rewritten));
                }
                tx.drop(file);
            }
            return affected.values().stream().mapToLong(Long::longValue).sum();
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot supersede earlier rows for batch " + batchId + ": "
                    + e.getMessage(), e);
        }
    }

    private static void addAll(LakeTransaction tx, String dataset, String batchId, List<Path> staged) {
        for (Path file : staged) {
            Path target = tx.newFile(dataset, "batch_id=" + batchId);
            try {
                Files.move(file, target);
            } catch (IOException e) {
                throw new ObservatoryException("Cannot move staged file " + file + " into " + target + ": "
                        + e.getMessage(), e);
            }
        }
    }

    /** The Parquet files of a staged folder (absent folder: none). */
    static List<Path> parquetFiles(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".parquet"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new ObservatoryException("Cannot list staged files in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static SqlTemplate sql(String name) {
        return SqlTemplate.load(BatchCommitter.class, name);
    }
}
