package fr.observatoire.ingest.commit;

import fr.observatoire.error.ObservatoryException;
import fr.observatoire.lake.Lake;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The snapshot layout of a lake and its recovery rule. {@code <lake>/current} is a relative symbolic link to
 * {@code _snapshots/v<n>}; each dataset ({@code observations}, {@code rejects}, {@code history}, {@code ledger}) is a
 * link to {@code current/<dataset>}, so one atomic rename of {@code current} switches data and ledger together.
 * Recovery: the snapshot {@code current} names is the truth; a newer snapshot folder is an interrupted commit and is
 * deleted, as is a stray {@code current.tmp} link.
 */
final class Snapshots {

    static final List<String> DATASETS = List.of("observations", "rejects", "history", "ledger");

    private static final Pattern VERSION = Pattern.compile("v(\\d{6,})");

    private Snapshots() {
    }

    static String name(int version) {
        return String.format("v%06d", version);
    }

    static Path folder(Lake lake, int version) {
        return lake.snapshots().resolve(name(version));
    }

    /** Creates the layout if needed, removes the leftovers of an interrupted commit, returns the current version. */
    static int recover(Lake lake) throws IOException {
        Files.createDirectories(lake.snapshots());
        Files.deleteIfExists(temporaryLink(lake));
        int current;
        if (Files.exists(lake.current(), LinkOption.NOFOLLOW_LINKS)) {
            current = currentVersion(lake);
        } else {
            current = 0;
            initialise(lake);
        }
        for (String dataset : DATASETS) {
            Path link = lake.root().resolve(dataset);
            if (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
                swapLink(link, Path.of("current", dataset));
            } else if (!Files.isSymbolicLink(link)) {
                throw new ObservatoryException(link + " is a plain folder, not the link to current/" + dataset
                        + " that committed lakes use: move it aside or ingest it again");
            }
        }
        for (int version : versions(lake)) {
            if (version > current) {
                WorkDir.deleteTree(folder(lake, version), p -> true);
            }
        }
        return current;
    }

    /** The first snapshot: empty datasets, or the plain dataset folders an older lake already had. */
    private static void initialise(Lake lake) throws IOException {
        Path first = folder(lake, 0);
        Files.createDirectories(first);
        for (String dataset : DATASETS) {
            Path plain = lake.root().resolve(dataset);
            Path target = first.resolve(dataset);
            if (Files.isDirectory(plain, LinkOption.NOFOLLOW_LINKS) && !Files.exists(target)) {
                Files.move(plain, target);
            }
            Files.createDirectories(target);
        }
        fsyncTree(first);
        swapLink(lake.current(), lake.root().relativize(first));
    }

    static int currentVersion(Lake lake) throws IOException {
        Path target = Files.readSymbolicLink(lake.current());
        Matcher matcher = VERSION.matcher(target.getFileName().toString());
        if (!matcher.matches()) {
            throw new ObservatoryException(lake.current() + " points to " + target + ", not to a snapshot v<n>");
        }
        return Integer.parseInt(matcher.group(1));
    }

    static List<Integer> versions(Lake lake) throws IOException {
        try (Stream<Path> list = Files.list(lake.snapshots())) {
            return list.map(p -> VERSION.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .sorted()
                    .toList();
        }
    }

    /** Points {@code link} at {@code target} atomically: a new link renamed over the old one. */
    static void swapLink(Path link, Path target) throws IOException {
        Path temporary = link.resolveSibling(link.getFileName() + ".tmp");
        Files.deleteIfExists(temporary);
        Files.createSymbolicLink(temporary, target);
        Files.move(temporary, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        fsync(link.getParent());
    }

    private static Path temporaryLink(Lake lake) {
        return lake.current().resolveSibling("current.tmp");
    }

    /** Forces a file's or a folder's content and metadata to disk. */
    static void fsync(Path path) throws IOException {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            if (!Files.isDirectory(path)) {
                throw e;
            }
            // some file systems refuse to open a folder for fsync: the data files are synced already
        }
    }

    /** fsyncs every folder of a tree (children first) and the files for which {@code files} holds. */
    static void fsyncTree(Path root) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList();
        }
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                fsync(path);
            }
        }
    }
}
