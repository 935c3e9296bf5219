package fr.observatoire.ingest.commit;

import fr.observatoire.error.ObservatoryException;
import fr.observatoire.lake.Lake;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One commit to a lake, under its exclusive lock: read the current snapshot, write new files into the next one,
 * carry every other file forward as a hard link, append ledger rows, then swap {@code current} atomically. Closing
 * without {@link #commit} rolls back (the next snapshot is deleted; readers never saw it).
 *
 * <pre>
 * try (LakeTransaction tx = LakeTransaction.begin(lake)) {
 *     Path part = tx.newFile("observations", "batch_id=" + id);   // write it
 *     tx.drop(oldFile);                                            // not carried forward
 *     tx.append(ledgerEntry);
 *     tx.commit(Retention.KEEP_PREVIOUS);
 * }
 * </pre>
 */
public final class LakeTransaction implements AutoCloseable {

    /** What happens to older snapshots once the new one is current. */
    public enum Retention {
        /** Keep the previous snapshot so that a reader that listed its files a moment ago can still open them. */
        KEEP_PREVIOUS,
        /** Delete every older snapshot: erased rows must leave the disk (no hard link left to their files). */
        PURGE
    }

    private final Lake lake;
    private final LakeLock lock;
    private final int version;
    private final Path currentDir;
    private final Set<Path> dropped = new HashSet<>();
    private final List<Path> written = new ArrayList<>();
    private final List<LedgerEntry> appended = new ArrayList<>();
    private Path nextDir;
    private int sequence;
    private boolean finished;

    private LakeTransaction(Lake lake, LakeLock lock, int version) {
        this.lake = lake;
        this.lock = lock;
        this.version = version;
        this.currentDir = Snapshots.folder(lake, version);
    }

    /** Waits for the lake's commit lock, recovers from an interrupted commit, and starts a transaction. */
    public static LakeTransaction begin(Lake lake) {
        LakeLock lock = LakeLock.acquire(lake.lockFile());
        try {
            return new LakeTransaction(lake, lock, Snapshots.recover(lake));
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw new ObservatoryException("Cannot open the lake " + lake.root() + " for a commit: " + e.getMessage(),
                    e);
        }
    }

    public Lake lake() {
        return lake;
    }

    /** The version of the committed snapshot this transaction started from. */
    public int version() {
        return version;
    }

    /** A dataset folder of the current snapshot (a real path, not through the links). */
    public Path current(String dataset) {
        return currentDir.resolve(dataset);
    }

    /** Every file of a dataset in the current snapshot, sorted. */
    public List<Path> files(String dataset) {
        Path root = current(dataset);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ObservatoryException("Cannot list " + root + ": " + e.getMessage(), e);
        }
    }

    /** The ledger of the current snapshot. */
    public Ledger ledger() {
        return Ledger.read(current("ledger"));
    }

    /**
     * A fresh path in the next snapshot for a new Parquet file of {@code dataset}, in the sub-folder {@code partition}
     * (e.g. {@code batch_id=b2026…}; empty for none). Names carry the new version so that a rewritten file never
     * reuses the name of the file it replaces.
     */
    public Path newFile(String dataset, String partition) {
        Path folder = partition.isEmpty() ? next().resolve(dataset) : next().resolve(dataset).resolve(partition);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ObservatoryException("Cannot create " + folder + ": " + e.getMessage(), e);
        }
        Path file = folder.resolve(String.format("part-%s-%05d.parquet", Snapshots.name(version + 1), sequence++));
        written.add(file);
        return file;
    }

    /** A file of the current snapshot that the next one does not carry forward (superseded, erased, rewritten). */
    public void drop(Path currentFile) {
        dropped.add(currentFile.toAbsolutePath().normalize());
    }

    public void append(LedgerEntry entry) {
        appended.add(entry);
    }

    /** Makes the next snapshot current; returns its version. */
    public int commit(Retention retention) {
        if (finished) {
            throw new IllegalStateException("transaction already finished");
        }
        int committed = version + 1;
        try {
            Path next = next();
            if (!appended.isEmpty()) {
                List<Path> previous = Ledger.files(current("ledger"));
                Path ledgerFile = newFile("ledger", "");
                Ledger.write(previous, appended, ledgerFile);
                previous.forEach(this::drop);
            }
            for (String dataset : Snapshots.DATASETS) {
                Files.createDirectories(next.resolve(dataset));
                for (Path file : files(dataset)) {
                    if (!dropped.contains(file.toAbsolutePath().normalize())) {
                        Path target = next.resolve(currentDir.relativize(file));
                        Files.createDirectories(target.getParent());
                        Files.createLink(target, file);
                    }
                }
            }
            for (Path file : written) {
                if (Files.exists(file)) {
                    Snapshots.fsync(file);
                }
            }
            Snapshots.fsyncTree(next);
            Snapshots.swapLink(lake.current(), lake.root().relativize(next));
            finished = true;
        } catch (IOException e) {
            throw new ObservatoryException("Cannot commit snapshot " + Snapshots.name(committed) + " of "
                    + lake.root() + ": " + e.getMessage(), e);
        }
        clean(committed, retention);
        return committed;
    }

    private void clean(int committed, Retention retention) {
        int keepFrom = retention == Retention.PURGE ? committed : committed - 1;
        try {
            for (int old : Snapshots.versions(lake)) {
                if (old < keepFrom) {
                    WorkDir.deleteTree(Snapshots.folder(lake, old), p -> true);
                }
            }
        } catch (IOException e) {
            throw new ObservatoryException("Snapshot " + Snapshots.name(committed)
                    + " is committed but older snapshots could not be deleted: " + e.getMessage(), e);
        }
    }

    private Path next() {
        if (nextDir == null) {
            nextDir = Snapshots.folder(lake, version + 1);
            try {
                WorkDir.deleteTree(nextDir, p -> true);
                Files.createDirectories(nextDir);
            } catch (IOException e) {
                throw new ObservatoryException("Cannot create snapshot folder " + nextDir + ": " + e.getMessage(), e);
            }
        }
        return nextDir;
    }

    @Override
    public void close() {
        try {
            if (!finished && nextDir != null) {
                WorkDir.deleteTree(nextDir, p -> true);
            }
        } catch (IOException e) {
            throw new ObservatoryException("Cannot roll back " + nextDir + ": " + e.getMessage(), e);
        } finally {
            lock.close();
        }
    }
}
