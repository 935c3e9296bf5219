package fr.observatoire.ingest.commit;

import fr.observatoire.error.ObservatoryException;
import fr.observatoire.lake.Lake;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A private folder under {@code <lake>/_work/} where a batch is staged outside the commit lock. Its owner holds a
 * file lock on {@code <dir>/.owner} while it lives; {@link #sweep(Lake)} deletes the folders whose owner is gone (a
 * killed process), never one still in use by a live process.
 */
public final class WorkDir implements AutoCloseable {

    private static final String OWNER = ".owner";

    private final Path dir;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkDir(Path dir, FileChannel channel, FileLock lock) {
        this.dir = dir;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates and owns {@code <lake>/_work/<name>}. */
    public static WorkDir claim(Lake lake, String name) {
        Path dir = lake.work().resolve(name);
        try {
            Files.createDirectories(dir);
            ProcessLocks.own(dir);
            FileChannel channel = FileChannel.open(dir.resolve(OWNER), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            return new WorkDir(dir, channel, channel.lock());
        } catch (IOException e) {
            ProcessLocks.disown(dir);
            throw new ObservatoryException("Cannot create the work folder " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return dir;
    }

    /** Deletes the folder and releases it. */
    @Override
    public void close() {
        try {
            deleteTree(dir, path -> !path.getFileName().toString().equals(OWNER));
            lock.release();
            channel.close();
            Files.deleteIfExists(dir.resolve(OWNER));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            throw new ObservatoryException("Cannot delete the work folder " + dir + ": " + e.getMessage(), e);
        } finally {
            ProcessLocks.disown(dir);
        }
    }

    /** Deletes the work folders left by dead processes; returns them. */
    public static List<Path> sweep(Lake lake) {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(lake.work())) {
            return removed;
        }
        List<Path> dirs;
        try (Stream<Path> list = Files.list(lake.work())) {
            dirs = list.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            throw new ObservatoryException("Cannot list " + lake.work() + ": " + e.getMessage(), e);
        }
        for (Path dir : dirs) {
            if (!ProcessLocks.owned(dir) && ownerIsGone(dir)) {
                try {
                    deleteTree(dir, p -> true);
                    removed.add(dir);
                } catch (IOException e) {
                    throw new ObservatoryException("Cannot delete the abandoned work folder " + dir + ": "
                            + e.getMessage(), e);
                }
            }
        }
        return removed;
    }

    private static boolean ownerIsGone(Path dir) {
        Path owner = dir.resolve(OWNER);
        if (!Files.exists(owner)) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(owner, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteTree(Path root, java.util.function.Predicate<Path> which) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
        }
        for (Path path : paths) {
            if (!which.test(path)) {
                continue;
            }
            if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                try (Stream<Path> rest = Files.list(path)) {
                    if (rest.findAny().isPresent()) {
                        continue;
                    }
                }
            }
            Files.deleteIfExists(path);
        }
    }
}
