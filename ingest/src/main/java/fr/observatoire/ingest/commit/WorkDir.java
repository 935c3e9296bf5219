package fr.observatoire.ingest.commit;

import fr.observatoire.error.ObservatoryException;
import fr.observatoire.lake.Lake;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A private folder {@code <lake>/_work/<name>/} where a batch is staged outside the commit lock. Its owner holds a
 * file lock on {@code <lake>/_work/<name>.owner} while the folder lives: the owner file is created and locked before
 * the folder, and deleted after it. {@link #sweep(Lake)} deletes a folder only when it holds that lock itself (the
 * owner is dead), and deletes an owner file only when it is old, unlocked and without folder, so a sweeper racing a
 * new owner never removes a live folder. Nothing opens an owner file while this process holds its lock (closing any
 * descriptor of a locked file would release the process's lock).
 */
public final class WorkDir implements AutoCloseable {

    private static final String OWNER_SUFFIX = ".owner";
    private static final Duration STALE_OWNER = Duration.ofMinutes(10);

    private final Path dir;
    private final Path owner;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkDir(Path dir, Path owner, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.owner = owner;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates and owns {@code <lake>/_work/<name>} ({@code name} unique, e.g. the batch id). */
    public static WorkDir claim(Lake lake, String name) {
        Path dir = lake.work().resolve(name);
        Path owner = lake.work().resolve(name + OWNER_SUFFIX);
        ProcessLocks.own(dir);
        FileChannel channel = null;
        try {
            Files.createDirectories(lake.work());
            channel = FileChannel.open(owner, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.lock();
            Files.createDirectories(dir);
            return new WorkDir(dir, owner, channel, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            ProcessLocks.disown(dir);
            throw new ObservatoryException("Cannot create the work folder " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return dir;
    }

    /** Deletes the folder, then its owner file, then releases it. */
    @Override
    public void close() {
        try {
            deleteTree(dir, p -> true);
            Files.deleteIfExists(owner);
        } catch (IOException e) {
            throw new ObservatoryException("Cannot delete the work folder " + dir + ": " + e.getMessage(), e);
        } finally {
            closeQuietly(channel);
            ProcessLocks.disown(dir);
        }
    }

    /** Deletes the work folders left by dead processes (and their old owner files); returns the folders deleted. */
    public static List<Path> sweep(Lake lake) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(lake.work())) {
            return removed;
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(lake.work())) {
            entries = list.sorted().toList();
        } catch (IOException e) {
            throw new ObservatoryException("Cannot list " + lake.work() + ": " + e.getMessage(), e);
        }
        for (Path entry : entries) {
            String fileName = entry.getFileName().toString();
            if (!fileName.endsWith(OWNER_SUFFIX)) {
                continue;
            }
            Path dir = entry.resolveSibling(fileName.substring(0, fileName.length() - OWNER_SUFFIX.length()));
            if (ProcessLocks.owned(dir)) {
                continue;
            }
            try {
                if (deleteIfOwnerGone(dir, entry)) {
                    removed.add(dir);
                }
            } catch (IOException e) {
                throw new ObservatoryException("Cannot delete the abandoned work folder " + dir + ": "
                        + e.getMessage(), e);
            }
        }
        return removed;
    }

    private static boolean deleteIfOwnerGone(Path dir, Path owner) throws IOException {
        try (FileChannel channel = FileChannel.open(owner, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            boolean hadFolder = Files.exists(dir, LinkOption.NOFOLLOW_LINKS);
            deleteTree(dir, p -> true);
            FileTime modified = Files.getLastModifiedTime(owner);
            if (modified.toInstant().isBefore(Instant.now().minus(STALE_OWNER))) {
                Files.deleteIfExists(owner);
            }
            lock.release();
            return hadFolder;
        } catch (OverlappingFileLockException | NoSuchFileException e) {
            return false;
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing releases the lock; nothing else to do
            }
        }
    }

    static void deleteTree(Path root, Predicate<Path> which) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
        }
        for (Path path : paths) {
            if (which.test(path)) {
                Files.deleteIfExists(path);
            }
        }
    }
}
