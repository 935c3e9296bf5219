package fr.observatoire.ingest.commit;

import fr.observatoire.error.ObservatoryException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The exclusive commit lock of a lake: a JVM mutex first (threads), then {@code FileChannel.lock()} on
 * {@code <lake>/.lock} (processes). The operating system releases the file lock when a process dies, so a killed
 * committer never leaves the lake locked.
 */
final class LakeLock implements AutoCloseable {

    private final ReentrantLock mutex;
    private final FileChannel channel;
    private final FileLock lock;

    private LakeLock(ReentrantLock mutex, FileChannel channel, FileLock lock) {
        this.mutex = mutex;
        this.channel = channel;
        this.lock = lock;
    }

    static LakeLock acquire(Path lockFile) {
        ReentrantLock mutex = ProcessLocks.lakeLock(lockFile);
        mutex.lock();
        FileChannel channel = null;
        try {
            Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.lock();
            return new LakeLock(mutex, channel, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            mutex.unlock();
            throw new ObservatoryException("Cannot lock the lake for a commit (" + lockFile + "): " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it too
        } finally {
            closeQuietly(channel);
            mutex.unlock();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
