package fr.observatoire.ingest.stage;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.error.ObservatoryException;
import fr.observatoire.ingest.read.ObservationReader;
import fr.observatoire.ingest.read.RawRecord;
import fr.observatoire.ingest.read.SourceFormat;
import fr.observatoire.ingest.read.Utf8Check;
import fr.observatoire.ingest.redact.RedactionKind;
import fr.observatoire.ingest.redact.Redactor;
import fr.observatoire.ingest.schema.ColumnMapping;
import fr.observatoire.ingest.schema.InputSchema;
import fr.observatoire.ingest.validate.BatchDefaults;
import fr.observatoire.ingest.validate.CommuneCodes;
import fr.observatoire.ingest.validate.ObservationValidator;
import fr.observatoire.ingest.write.ObservationBlock;
import fr.observatoire.ingest.write.ObservationSink;
import fr.observatoire.ingest.write.RejectSink;
import fr.observatoire.reference.Territories;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The stager: for each file, one thread reads records into chunks, a pool of workers validates, normalises and
 * redacts them, and the calling thread writes the results, in input order, to the staging Parquet folders. The
 * queue between them is bounded, so memory stays flat whatever the file's size.
 *
 * <p>Every file's header is mapped before any row is read: a file with a refused column fails the whole stage with
 * an {@link InvalidInputException} naming the file and the column, and nothing is written.
 */
public final class PipelinedStager implements Stager {

    static final int CHUNK_ROWS = 4096;

    private final CommuneCodes communes;
    private final InputSchema schema;
    private final Redactor redactor = new Redactor();
    private final int workers;
    private final long rowsPerPart;

    public PipelinedStager(Territories territories) {
        this(territories, Math.max(1, Runtime.getRuntime().availableProcessors()), ObservationSink.DEFAULT_ROWS_PER_PART);
    }

    /** {@code workers} validation threads; {@code rowsPerPart} rows per staged Parquet part file. */
    public PipelinedStager(Territories territories, int workers, long rowsPerPart) {
        this.communes = new CommuneCodes(territories);
        this.schema = InputSchema.V1;
        this.workers = workers;
        this.rowsPerPart = rowsPerPart;
    }

    @Override
    public StagedBatch stage(StageRequest request) {
        List<Prepared> files = new ArrayList<>();
        for (Path file : request.files()) {
            files.add(prepare(file, request));
        }
        Path observations = request.stagingDir().resolve("observations");
        Path rejects = request.stagingDir().resolve("rejects");
        Counts batch = new Counts();
        List<StagedFile> staged = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "stage-worker");
            thread.setDaemon(true);
            return thread;
        });
        try (ObservationSink observationSink = new ObservationSink(observations, rowsPerPart);
             RejectSink rejectSink = new RejectSink(rejects, rowsPerPart)) {
            for (Prepared file : files) {
                Counts counts = new Counts();
                warnings.addAll(file.warnings());
                stageFile(file, request, pool, observationSink, rejectSink, counts);
                staged.add(new StagedFile(file.path(), file.sha256(), file.format().code(), file.encoding(),
                        counts.read, counts.accepted, counts.rejected));
                batch.add(counts);
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, Long> redactions = new LinkedHashMap<>();
        for (RedactionKind kind : RedactionKind.values()) {
            redactions.put(kind.code(), batch.redactions[kind.ordinal()]);
        }
        return new StagedBatch(request.batchId(), observations, rejects, staged, batch.read, batch.accepted,
                batch.rejected, redactions, batch.rejectsByCode, warnings);
    }

    /**
     * A file checked before any row is read: its hash, format, header mapping, and whether all its bytes were found
     * to be UTF-8 (then read as UTF-8, the reader need not check them again).
     */
    private record Prepared(Path path, String sha256, SourceFormat format, Optional<Charset> charset,
                            boolean utf8Checked, String encoding, ColumnMapping mapping, List<String> warnings) {
    }

    private Prepared prepare(Path file, StageRequest request) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + ": no such file");
        }
        SourceFormat format = SourceFormat.detect(file, request.format());
        String name = file.getFileName().toString();
        Scan scan = scan(file);
        Optional<Charset> encoding = request.encoding().isPresent() || format == SourceFormat.XLSX
                ? request.encoding()
                : Optional.of(scan.utf8() ? StandardCharsets.UTF_8 : Charset.forName("windows-1252"));
        try (ObservationReader reader = format.open(file, encoding)) {
            ColumnMapping mapping = schema.map(name, reader.columns());
            List<String> warnings = new ArrayList<>(mapping.warnings());
            if (!mapping.ignored().isEmpty()) {
                warnings.add(name + ": " + mapping.ignored().size() + " metadata column(s) ignored: "
                        + String.join(", ", mapping.ignored()));
            }
            boolean utf8Checked = scan.utf8() && encoding.filter(StandardCharsets.UTF_8::equals).isPresent();
            return new Prepared(file, scan.sha256(), format, encoding, utf8Checked, reader.encoding(), mapping,
                    warnings);
        }
    }

    /**
     * The file's SHA-256 and whether all its bytes are valid UTF-8. Two threads read the file side by side (the
     * second read comes from the page cache), so the scan takes as long as the hash alone.
     */
    record Scan(String sha256, boolean utf8) {
    }

    static Scan scan(Path file) {
        CompletableFuture<Boolean> utf8 = CompletableFuture.supplyAsync(() -> utf8(file));
        String sha256 = sha256(file);
        try {
            return new Scan(sha256, utf8.join());
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static boolean utf8(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 20];
            Utf8Check utf8 = new Utf8Check();
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (utf8.update(buffer, 0, read) >= 0) {
                    return false; // a byte that is not UTF-8: no need to read on
                }
            }
            return utf8.valid();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Records of one chunk with the mapping each was read under. */
    private record Chunk(RawRecord[] records, ColumnMapping[] mappings, int size) {
    }

    private void stageFile(Prepared file, StageRequest request, ExecutorService pool, ObservationSink observations,
                           RejectSink rejects, Counts counts) {
        BatchDefaults defaults = new BatchDefaults(file.path().getFileName().toString(), file.sha256(),
                request.sourceGroup(), request.contributor(), request.period(), request.formVersion(),
                request.ingestedAt(), file.format() == SourceFormat.XLSX);
        BlockingQueue<CompletableFuture<ChunkResult>> queue = new ArrayBlockingQueue<>(2 * workers + 2);
        CompletableFuture<ChunkResult> end = CompletableFuture.completedFuture(null);
        Queue<ObservationBlock> spareBlocks = new ConcurrentLinkedQueue<>(); // written blocks, cleared for reuse
        Thread reader = new Thread(() -> readChunks(file, request, defaults, pool, queue, end, spareBlocks),
                "stage-reader-" + file.path().getFileName());
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                CompletableFuture<ChunkResult> next = queue.take();
                if (next == end) {
                    break;
                }
                ChunkResult result = next.get();
                result.writeTo(observations, rejects, request, counts);
                ObservationBlock written = result.valid();
                written.clear();
                spareBlocks.offer(written);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ObservatoryException("Interrupted while staging " + file.path(), e);
        } catch (ExecutionException e) {
            reader.interrupt();
            Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException c && c.getCause() != null
                    ? c.getCause() : e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ObservatoryException("Cannot stage " + file.path() + ": " + cause.getMessage(), cause);
        } finally {
            reader.interrupt();
        }
    }

    private void readChunks(Prepared file, StageRequest request, BatchDefaults defaults, ExecutorService pool,
                            BlockingQueue<CompletableFuture<ChunkResult>> queue, CompletableFuture<ChunkResult> end,
                            Queue<ObservationBlock> spareBlocks) {
        String name = file.path().getFileName().toString();
        try {
            try (ObservationReader reader = file.format().open(file.path(), file.charset(), file.utf8Checked())) {
                List<String> lastColumns = reader.columns();
                ColumnMapping lastMapping = file.mapping();
                while (true) {
                    RawRecord[] records = new RawRecord[CHUNK_ROWS];
                    ColumnMapping[] mappings = new ColumnMapping[CHUNK_ROWS];
                    int size = 0;
                    RawRecord record = null;
                    while (size < CHUNK_ROWS && (record = reader.next()) != null) {
                        if (record.columns() != lastColumns && !record.columns().equals(lastColumns)) {
                            lastColumns = record.columns();
                            lastMapping = schema.map(name, lastColumns);
                        }
                        records[size] = record;
                        mappings[size] = lastMapping;
                        size++;
                    }
                    if (size > 0) {
                        Chunk chunk = new Chunk(records, mappings, size);
                        queue.put(CompletableFuture.supplyAsync(() -> validate(chunk, defaults, spareBlocks), pool));
                    }
                    if (record == null) {
                        break;
                    }
                }
            }
            queue.put(end);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            try {
                queue.put(CompletableFuture.failedFuture(e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Validates a chunk into a spare block (the blocks' arrays are reused, the heap churns less) or a new one. */
    private ChunkResult validate(Chunk chunk, BatchDefaults defaults, Queue<ObservationBlock> spareBlocks) {
        ObservationValidator validator = new ObservationValidator(communes, redactor, defaults);
        ObservationBlock block = spareBlocks.poll();
        ChunkResult result = new ChunkResult(block == null ? new ObservationBlock() : block);
        for (int i = 0; i < chunk.size(); i++) {
            result.add(validator.validate(chunk.records()[i], chunk.mappings()[i], result.redactions));
        }
        return result;
    }

    /** Counts of one file or of the batch. */
    static final class Counts {
        long read;
        long accepted;
        long rejected;
        final long[] redactions = new long[RedactionKind.values().length];
        final Map<String, Long> rejectsByCode = new TreeMap<>();

        void add(Counts other) {
            read += other.read;
            accepted += other.accepted;
            rejected += other.rejected;
            for (int i = 0; i < redactions.length; i++) {
                redactions[i] += other.redactions[i];
            }
            other.rejectsByCode.forEach((code, n) -> rejectsByCode.merge(code, n, Long::sum));
        }
    }
}
