package fr.observatoire.ingest;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.error.ObservatoryException;
import fr.observatoire.ingest.commit.BatchCommitter;
import fr.observatoire.ingest.commit.BatchStatus;
import fr.observatoire.ingest.commit.CommitOutcome;
import fr.observatoire.ingest.commit.CommitRequest;
import fr.observatoire.ingest.commit.DuckDb;
import fr.observatoire.ingest.commit.Ledger;
import fr.observatoire.ingest.commit.LedgerEntry;
import fr.observatoire.ingest.commit.SqlTemplate;
import fr.observatoire.ingest.commit.WorkDir;
import fr.observatoire.ingest.stage.StageRequest;
import fr.observatoire.ingest.stage.StagedBatch;
import fr.observatoire.ingest.stage.StagedFile;
import fr.observatoire.ingest.stage.Stager;
import fr.observatoire.lake.Lake;
import fr.observatoire.vocabulary.SourceGroup;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Ingests one batch: resolves the manifest, hashes the files (a file already committed is not staged again), stages
 * the rest outside the commit lock in a private work folder, commits atomically, writes the ingest report.
 */
public final class Ingest {

    static final int SAMPLES_PER_CODE = 3;

    private final Stager stager;
    private final Clock clock;
    private final Progress progress;
    private final Duration progressInterval;
    private final RandomGenerator random;

    public Ingest(Stager stager, Clock clock, Progress progress) {
        this(stager, clock, progress, Duration.ofSeconds(3), new SecureRandom());
    }

    Ingest(Stager stager, Clock clock, Progress progress, Duration progressInterval, RandomGenerator random) {
        this.stager = stager;
        this.clock = clock;
        this.progress = progress;
        this.progressInterval = progressInterval;
        this.random = random;
    }

    public IngestResult run(IngestRequest request) {
        Instant started = clock.instant();
        Lake lake = new Lake(request.lake());
        String batchId = BatchId.next(started, random);
        Optional<BatchManifest> manifest = request.manifest().map(BatchManifest::read);
        SourceGroup group = sourceGroup(request, manifest);
        String contributor = request.contributor() != null ? request.contributor()
                : manifest.map(BatchManifest::contributor).orElse(null);
        Optional<String> period = request.period().or(() -> manifest.map(BatchManifest::period));
        Optional<String> formVersion = request.formVersion().or(() -> manifest.map(BatchManifest::formVersion));
        List<Path> files = files(request, manifest);
        BatchCommitter committer = new BatchCommitter(lake, clock);

        Map<Path, String> hashes = new LinkedHashMap<>();
        for (Path file : files) {
            hashes.put(file, sha256(file));
        }
        Optional<String> mismatch = manifest.flatMap(m -> checksumProblem(m, request.manifest().get(), hashes));
        if (mismatch.isPresent()) {
            committer.record(entry(batchId, group, contributor, hashes, started, BatchStatus.FAILED, mismatch.get()));
            throw new InvalidInputException(mismatch.get());
        }

        Ledger ledger = committer.ledger();
        Map<Path, String> duplicates = new LinkedHashMap<>();
        List<Path> fresh = new ArrayList<>();
        for (Path file : files) {
            ledger.committedBatchOf(hashes.get(file)).ifPresentOrElse(b -> duplicates.put(file, b),
                    () -> fresh.add(file));
        }
        if (fresh.isEmpty()) {
            String earlier = duplicates.values().iterator().next();
            String message = "duplicate of batch " + earlier + ": every file was already committed, nothing staged";
            CommitOutcome outcome = committer.record(
                    entry(batchId, group, contributor, hashes, started, BatchStatus.DUPLICATE, message));
            List<IngestReport.FileReport> reports = files.stream().map(f -> new IngestReport.FileReport(
                    f.getFileName().toString(), hashes.get(f), null, null, 0, 0, 0, duplicates.get(f))).toList();
            IngestReport report = new IngestReport(batchId, BatchStatus.DUPLICATE.code(), message, group.code(),
                    contributor, started.toString(), outcome.finishedAt().toString(), reports, 0, 0, 0, 0,
                    request.maxRejectRatio(), Map.of(), List.of(), Map.of(), List.of(), 0, earlier, null,
                    outcome.snapshot());
            return new IngestResult(batchId, BatchStatus.DUPLICATE, Optional.of(earlier), report,
                    report.write(lake.ingestReports()));
        }

        WorkDir.sweep(lake);
        try (WorkDir work = WorkDir.claim(lake, "stage-" + batchId)) {
            StagedBatch staged = stage(new StageRequest(batchId, fresh, group, contributor, request.format(),
                    request.encoding(), period, formVersion, started, work.path()), request.progress(), committer,
                    hashes, started);
            List<IngestReport.RejectSample> samples = rejectSamples(staged);
            progress.report("committing batch " + batchId);
            CommitOutcome outcome = committer.commit(new CommitRequest(staged, group.code(), contributor, started,
                    request.maxRejectRatio()));
            IngestReport report = report(request, staged, outcome, group, contributor, started, samples, duplicates,
                    lake);
            return new IngestResult(batchId, outcome.status(), outcome.duplicateOf(), report,
                    report.write(lake.ingestReports()));
        }
    }

    private StagedBatch stage(StageRequest stageRequest, boolean showProgress, BatchCommitter committer,
                              Map<Path, String> hashes, Instant started) {
        ScheduledExecutorService ticker = null;
        if (showProgress) {
            long bytes = stageRequest.files().stream().mapToLong(Ingest::size).sum();
            progress.report(String.format(Locale.ROOT, "staging batch %s: %d file(s), %.1f MB",
                    stageRequest.batchId(), stageRequest.files().size(), bytes / 1e6));
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "ingest-progress");
                thread.setDaemon(true);
                return thread;
            });
            long interval = progressInterval.toMillis();
            ticker.scheduleAtFixedRate(() -> progress.report(String.format(Locale.ROOT,
                    "staging batch %s: %d s, %.1f MB of Parquet written", stageRequest.batchId(),
                    Duration.between(started, clock.instant()).toSeconds(),
                    folderSize(stageRequest.stagingDir()) / 1e6)), interval, interval, TimeUnit.MILLISECONDS);
        }
        try {
            return stager.stage(stageRequest);
        } catch (RuntimeException e) {
            String message = "staging failed: " + e.getMessage();
            try {
                committer.record(entry(stageRequest.batchId(), stageRequest.sourceGroup(),
                        stageRequest.contributor(), hashes, started, BatchStatus.FAILED, message));
            } catch (RuntimeException ledgerFailure) {
                e.addSuppressed(ledgerFailure);
            }
            throw e;
        } finally {
            if (ticker != null) {
                ticker.shutdownNow();
            }
        }
    }

    private IngestReport report(IngestRequest request, StagedBatch staged, CommitOutcome outcome, SourceGroup group,
                                String contributor, Instant started, List<IngestReport.RejectSample> samples,
                                Map<Path, String> duplicates, Lake lake) {
        List<IngestReport.FileReport> files = new ArrayList<>();
        for (StagedFile file : staged.files()) {
            files.add(new IngestReport.FileReport(file.path().getFileName().toString(), file.sha256(),
                    file.format(), file.encoding(), file.rowsRead(), file.rowsAccepted(), file.rowsRejected(), null));
        }
        List<String> warnings = new ArrayList<>(staged.warnings());
        duplicates.forEach((file, batch) -> {
            files.add(new IngestReport.FileReport(file.getFileName().toString(), null, null, null, 0, 0, 0, batch));
            warnings.add(file.getFileName() + " skipped: duplicate of batch " + batch);
        });
        boolean committed = outcome.status() == BatchStatus.COMMITTED;
        boolean rejectsKept = staged.rowsRejected() > 0 && outcome.status() != BatchStatus.DUPLICATE;
        return new IngestReport(staged.batchId(), outcome.status().code(), outcome.message(), group.code(),
                contributor, started.toString(), outcome.finishedAt().toString(), files, staged.rowsRead(),
                committed ? staged.rowsAccepted() : 0, staged.rowsRejected(), staged.rejectRatio(),
                request.maxRejectRatio(), staged.rejectsByCode(), samples, staged.redactionsByKind(), warnings,
                outcome.superseded(), outcome.duplicateOf().orElse(null),
                rejectsKept ? lake.rejects().resolve("batch_id=" + staged.batchId()).toString() : null,
                outcome.snapshot());
    }

    private static List<IngestReport.RejectSample> rejectSamples(StagedBatch staged) {
        List<Path> files = parquet(staged.rejects());
        if (files.isEmpty()) {
            return List.of();
        }
        try (Connection connection = DuckDb.open()) {
            return DuckDb.query(connection, SqlTemplate.load(Ingest.class, "reject_samples.sql").with("files", files),
                    row -> new IngestReport.RejectSample(row.getString(1), row.getString(2), row.getLong(3),
                            row.getString(4), row.getString(5)), SAMPLES_PER_CODE);
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot read the staged rejects of " + staged.batchId() + ": "
                    + e.getMessage(), e);
        }
    }

    private static SourceGroup sourceGroup(IngestRequest request, Optional<BatchManifest> manifest) {
        if (request.sourceGroup() != null) {
            return request.sourceGroup();
        }
        String raw = manifest.map(BatchManifest::sourceGroup).orElse(null);
        if (raw == null) {
            throw InvalidInputException.at(request.manifest().map(p -> p.getFileName().toString()).orElse(null), 0,
                    "source_group", null, "no source group: give --source-group or source_group in the manifest");
        }
        return SourceGroup.parse(raw).orElseThrow(() -> InvalidInputException.at(
                request.manifest().get().getFileName().toString(), 0, "source_group", raw,
                "not a source group (usager, habitant, professionnel, decideur, financeur)"));
    }

    private static List<Path> files(IngestRequest request, Optional<BatchManifest> manifest) {
        List<Path> files = request.files();
        if (files.isEmpty()) {
            Path folder = request.manifest().get().toAbsolutePath().getParent();
            files = manifest.get().files().stream().map(f -> f.location(folder)).toList();
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("No file to ingest: give files or list them in the manifest");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw InvalidInputException.at(file.toString(), 0, null, null, "no such file");
            }
        }
        return files;
    }

    private static Optional<String> checksumProblem(BatchManifest manifest, Path manifestFile,
                                                    Map<Path, String> hashes) {
        if (manifest.files().isEmpty()) {
            return Optional.empty();
        }
        for (Map.Entry<Path, String> file : hashes.entrySet()) {
            String name = file.getKey().getFileName().toString();
            Optional<BatchManifest.File> listed = manifest.file(name);
            if (listed.isEmpty()) {
                return Optional.of(name + " is not listed in the manifest " + manifestFile.getFileName()
                        + ": file refused");
            }
            String expected = listed.get().sha256();
            if (expected != null && !expected.equalsIgnoreCase(file.getValue())) {
                return Optional.of(name + ": sha256 is " + file.getValue() + " but the manifest "
                        + manifestFile.getFileName() + " expects " + expected
                        + ": the file changed or is not the one described; file refused");
            }
        }
        return Optional.empty();
    }

    private LedgerEntry entry(String batchId, SourceGroup group, String contributor, Map<Path, String> hashes,
                              Instant started, BatchStatus status, String message) {
        return new LedgerEntry(batchId, group.code(), contributor,
                hashes.keySet().stream().map(p -> p.getFileName().toString())
                        .collect(Collectors.joining(LedgerEntry.SEPARATOR)),
                String.join(LedgerEntry.SEPARATOR, hashes.values()), 0, 0, 0, 0, 0, status, started,
                clock.instant(), message);
    }

    /** The hex SHA-256 of a file's bytes. */
    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new ObservatoryException("SHA-256 is not available in this JVM", e);
        }
    }

    private static List<Path> parquet(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        } catch (IOException e) {
            throw new ObservatoryException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static long folderSize(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).mapToLong(Ingest::size).sum();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
