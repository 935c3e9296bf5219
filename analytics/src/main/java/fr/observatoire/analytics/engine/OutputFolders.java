package fr.observatoire.analytics.engine;

import fr.observatoire.error.ObservatoryException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/** Temporary output folders moved into place: what both engines share when they write a dataset. */
public final class OutputFolders {

    private OutputFolders() {
    }

    /** A fresh, not yet existing folder under {@code <target parent>/_work/} for writing {@code target}. */
    public static Path temporaryFor(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path work = absolute.getParent().resolve("_work");
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new ObservatoryException("Cannot create work folder " + work, e);
        }
        return work.resolve(absolute.getFileName() + "-" + UUID.randomUUID());
    }

    /**
     * Replaces {@code target} by {@code written}: the old folder is first moved aside, then the new one moved in
     * (atomically where the file system allows), then the old one deleted.
     */
    public static void replace(Path written, Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Path old = null;
            if (Files.exists(absolute)) {
                old = written.resolveSibling(absolute.getFileName() + "-old-" + UUID.randomUUID());
                move(absolute, old);
            }
            move(written, absolute);
            if (old != null) {
                deleteRecursively(old);
            }
        } catch (IOException e) {
            throw new ObservatoryException("Cannot move " + written + " into place as " + absolute, e);
        }
    }

    /** Deletes a folder and everything under it; nothing when it does not exist. */
    public static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new ObservatoryException("Cannot delete " + folder, e);
        }
    }

    /**
     * The folder with its symbolic links resolved (the lake's {@code observations} links to the current snapshot):
     * resolving once when a job registers its inputs pins the snapshot for the whole run. A missing folder is
     * returned as it is.
     */
    public static Path resolveLinks(Path folder) {
        try {
            return Files.exists(folder) ? folder.toRealPath() : folder;
        } catch (IOException e) {
            throw new ObservatoryException("Cannot resolve " + folder, e);
        }
    }

    /** True when {@code folder} holds at least one {@code *.parquet} file, at any depth (links followed). */
    public static boolean hasParquetFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> paths = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return paths.anyMatch(path -> path.getFileName().toString().endsWith(".parquet")
                    && Files.isRegularFile(path));
        } catch (IOException e) {
            throw new ObservatoryException("Cannot list " + folder, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
