package fr.observatoire.ingest.commit;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What this JVM holds. Operating-system file locks belong to a process, not to a thread, and closing any channel on
 * a locked file may release the process's lock on it; so threads of one JVM must agree among themselves before they
 * touch a lock file. This is the project's one deliberate piece of static state: it holds no data, only one mutex per
 * lake and the set of work folders this process owns.
 */
final class ProcessLocks {

    private static final ConcurrentHashMap<Path, ReentrantLock> LAKE_LOCKS = new ConcurrentHashMap<>();
    private static final Set<Path> OWNED_WORK_DIRS = ConcurrentHashMap.newKeySet();

    private ProcessLocks() {
    }

    static ReentrantLock lakeLock(Path lockFile) {
        return LAKE_LOCKS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), p -> new ReentrantLock(true));
    }

    static void own(Path workDir) {
        OWNED_WORK_DIRS.add(workDir.toAbsolutePath().normalize());
    }

    static void disown(Path workDir) {
        OWNED_WORK_DIRS.remove(workDir.toAbsolutePath().normalize());
    }

    static boolean owned(Path workDir) {
        return OWNED_WORK_DIRS.contains(workDir.toAbsolutePath().normalize());
    }
}
