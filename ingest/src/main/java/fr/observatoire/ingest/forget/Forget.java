package fr.observatoire.ingest.forget;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.observatoire.error.ObservatoryException;
import fr.observatoire.ingest.commit.BatchStatus;
import fr.observatoire.ingest.commit.DuckDb;
import fr.observatoire.ingest.commit.LakeTransaction;
import fr.observatoire.ingest.commit.LedgerEntry;
import fr.observatoire.ingest.commit.SqlTemplate;
import fr.observatoire.ingest.commit.WorkDir;
import fr.observatoire.lake.Lake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Erases rows from the lake (GDPR right to erasure) in one atomic commit: every observations, rejects and history
 * file holding them is rewritten without them (or dropped when nothing is left), then every older snapshot is
 * deleted so that no hard link keeps the old files on disk, abandoned work folders are swept, and the reject samples
 * of the affected batches' ingest reports are removed. The ledger records the erasure by counts and a SHA-256 of the
 * selector, never the erased content.
 */
public final class Forget {

    private static final Pattern BATCH_FOLDER = Pattern.compile("(?:batch_id|superseded_by)=(.+)");
    private static final DateTimeFormatter SECOND =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final RandomGenerator random;

    public Forget(Clock clock) {
        this(clock, new SecureRandom());
    }

    Forget(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    public ForgetResult run(ForgetRequest request) {
        Instant started = clock.instant();
        Lake lake = new Lake(request.lake());
        byte[] suffix = new byte[3];
        random.nextBytes(suffix);
        String erasureId = "e" + SECOND.format(started) + "-" + HexFormat.of().formatHex(suffix);
        boolean byContributor = request.contributor().isPresent();
        String selector = request.contributor().or(request::observationId).orElseThrow();
        Set<String> batches = new TreeSet<>();
        WorkDir.sweep(lake);
        try (LakeTransaction tx = LakeTransaction.begin(lake)) {
            String rowMacro = byContributor ? "erased_by_contributor.sql" : "erased_by_observation.sql";
            Counts observations = erase(tx, "observations", rowMacro, selector, batches);
            Counts history = erase(tx, "history", rowMacro, selector, batches);
            Counts rejects = erase(tx, "rejects", byContributor ? "erased_by_contributor.sql"
                    : "erased_reject_by_observation.sql", selector, batches);
            long removed = observations.rows + history.rows + rejects.rows;
            int files = observations.files + history.files + rejects.files;
            if (removed == 0) {
                return new ForgetResult(erasureId, 0, 0, 0, 0, List.of(), tx.version());
            }
            String message = String.format(Locale.ROOT,
                    "erasure by %s (sha256 %s): %d observation, %d reject and %d history rows removed from %d files"
                            + " of %d batches", byContributor ? "contributor" : "observation id", sha256(selector),
                    observations.rows, rejects.rows, history.rows, files, batches.size());
            tx.append(new LedgerEntry(erasureId, null, null, null, null, 0, 0, 0, 0, 0, BatchStatus.ERASURE,
                    started, clock.instant(), message));
            int snapshot = tx.commit(LakeTransaction.Retention.PURGE);
            scrubReports(lake, batches);
            return new ForgetResult(erasureId, observations.rows, rejects.rows, history.rows, files,
                    List.copyOf(batches), snapshot);
        }
    }

    private record Counts(long rows, int files) {
    }

    private static Counts erase(LakeTransaction tx, String dataset, String macro, String selector,
                                Set<String> batches) {
        List<Path> files = tx.files(dataset).stream()
                .filter(p -> p.getFileName().toString().endsWith(".parquet")).toList();
        if (files.isEmpty()) {
            return new Counts(0, 0);
        }
        long rows = 0;
        int rewritten = 0;
        try (Connection connection = DuckDb.open()) {
            DuckDb.execute(connection, sql("selector.sql"), selector);
            DuckDb.execute(connection, sql(macro));
            List<Object[]> affected = DuckDb.query(connection, sql("affected_files.sql").with("files", files),
                    row -> new Object[] {row.getString(1), row.getLong(2), row.getLong(3)});
            for (Object[] file : affected) {
                Path path = Path.of((String) file[0]).toAbsolutePath().normalize();
                String partition = path.getParent().getFileName().toString();
                if ((Long) file[2] > 0) {
                    DuckDb.execute(connection, sql("rewrite_without_erased.sql").with("file", path)
                            .with("target", tx.newFile(dataset, partition)));
                }
                tx.drop(path);
                rows += (Long) file[1];
                rewritten++;
                Matcher batch = BATCH_FOLDER.matcher(partition);
                if (batch.matches()) {
                    batches.add(batch.group(1));
                }
            }
            return new Counts(rows, rewritten);
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot erase rows from " + dataset + ": " + e.getMessage(), e);
        }
    }

    private static SqlTemplate sql(String name) {
        return SqlTemplate.load(Forget.class, name);
    }

    /** Removes the reject samples (which may quote erased values) from the ingest reports of the batches touched. */
    private static void scrubReports(Lake lake, Set<String> batches) {
        ObjectMapper mapper = new ObjectMapper();
        for (String batch : batches) {
            Path report = lake.ingestReports().resolve(batch + ".json");
            if (!Files.isRegularFile(report)) {
                continue;
            }
            try {
                ObjectNode tree = (ObjectNode) mapper.readTree(report.toFile());
                tree.putArray("reject_samples");
                Path temporary = Files.createTempFile(report.getParent(), batch, ".json.tmp");
                mapper.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), tree);
                Files.move(temporary, report, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | ClassCastException e) {
                throw new ObservatoryException("Rows are erased but the ingest report " + report
                        + " could not be scrubbed: " + e.getMessage(), e);
            }
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new ObservatoryException("SHA-256 is not available in this JVM", e);
        }
    }
}
