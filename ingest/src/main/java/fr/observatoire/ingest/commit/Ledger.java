package fr.observatoire.ingest.commit;

import fr.observatoire.error.ObservatoryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The ledger of a snapshot: Parquet files under {@code ledger/} (one file per snapshot, rewritten with the new rows at
 * each commit inside the same atomic swap as the data it describes).
 */
public final class Ledger {

    private final List<LedgerEntry> entries;

    private Ledger(List<LedgerEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<LedgerEntry> entries() {
        return entries;
    }

    /** The committed batch that holds a file with this SHA-256, if any. */
    public Optional<String> committedBatchOf(String sha256) {
        return entries.stream()
                .filter(e -> e.status() == BatchStatus.COMMITTED && e.sha256s().contains(sha256))
                .map(LedgerEntry::batchId)
                .findFirst();
    }

    /** Every file hash of a committed batch, with its batch. */
    public Map<String, String> committedFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        for (LedgerEntry entry : entries) {
            if (entry.status() == BatchStatus.COMMITTED) {
                entry.sha256s().forEach(sha -> files.putIfAbsent(sha, entry.batchId()));
            }
        }
        return files;
    }

    /** Reads the ledger files of a folder ({@code <lake>/ledger} or a snapshot's). An absent folder is empty. */
    public static Ledger read(Path folder) {
        List<Path> files = files(folder);
        if (files.isEmpty()) {
            return new Ledger(List.of());
        }
        try (Connection connection = DuckDb.open()) {
            return new Ledger(DuckDb.query(connection,
                    SqlTemplate.load(Ledger.class, "ledger_read.sql").with("files", files), Ledger::entry));
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot read the ledger in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code previous} files' rows then {@code added} into one new Parquet file. */
    static void write(List<Path> previous, List<LedgerEntry> added, Path target) {
        try (Connection connection = DuckDb.open()) {
            DuckDb.execute(connection, SqlTemplate.load(Ledger.class, "ledger_create.sql"));
            if (!previous.isEmpty()) {
                DuckDb.execute(connection, SqlTemplate.load(Ledger.class, "ledger_copy.sql").with("files", previous));
            }
            SqlTemplate insert = SqlTemplate.load(Ledger.class, "ledger_insert.sql");
            for (LedgerEntry e : added) {
                DuckDb.execute(connection, insert, e.batchId(), e.sourceGroup(), e.contributor(), e.fileName(),
                        e.fileSha256(), e.rowsRead(), e.rowsAccepted(), e.rowsRejected(), e.redactions(),
                        e.superseded(), e.status().code(), timestamp(e.startedAt()), timestamp(e.finishedAt()),
                        e.message());
            }
            DuckDb.execute(connection, SqlTemplate.load(Ledger.class, "ledger_write.sql").with("target", target));
        } catch (SQLException e) {
            throw new ObservatoryException("Cannot write the ledger file " + target + ": " + e.getMessage(), e);
        }
    }

    static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".parquet")).sorted().toList();
        } catch (IOException e) {
            throw new ObservatoryException("Cannot list the ledger folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String timestamp(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    private static Instant instant(String timestamp) {
        return timestamp == null ? null : LocalDateTime.parse(timestamp.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }

    private static LedgerEntry entry(ResultSet row) throws SQLException {
        return new LedgerEntry(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getLong(6), row.getLong(7), row.getLong(8), row.getLong(9), row.getLong(10),
                BatchStatus.parse(row.getString(11)), instant(row.getString(12)), instant(row.getString(13)),
                row.getString(14));
    }
}
