package fr.observatoire.ingest.commit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.ingest.CsvTestStager;
import fr.observatoire.ingest.Ingest;
import fr.observatoire.ingest.IngestRequest;
import fr.observatoire.ingest.IngestResult;
import fr.observatoire.ingest.IngestWorker;
import fr.observatoire.ingest.Inputs;
import fr.observatoire.ingest.LakeQueries;
import fr.observatoire.ingest.Progress;
import fr.observatoire.lake.Lake;
import fr.observatoire.vocabulary.SourceGroup;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection: ingest processes killed with {@code destroyForcibly()} at random moments while they stage and
 * commit large, overlapping batches (each re-sends most ids of the one before, so every commit rewrites files and
 * writes history). After each kill the lake must hold every committed batch whole and nothing of the others.
 */
class CrashRecoveryTest {

    private static final int ROWS = 30_000;
    private static final int STEP = 2_000;

    @TempDir
    Path dir;

    @Test
    void killedIngestProcessesLeaveWholeBatchesOrNoneAndTheNextCommitCleansUp() throws Exception {
        Lake lake = new Lake(dir.resolve("lake"));
        Random random = new Random(20261123);
        Map<String, Integer> startOfFile = new HashMap<>();
        int fileNumber = 0;
        for (int round = 0; round < 4; round++) {
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < 3; i++, fileNumber++) {
                String name = "f" + fileNumber + ".csv";
                startOfFile.put(name, fileNumber * STEP);
                files.add(Inputs.csv(dir.resolve("in"), name, "K", ROWS, 0, "r" + fileNumber)
                        .getParent().resolve(name));
                rewriteIds(files.get(i), fileNumber * STEP);
            }
            Path log = dir.resolve("worker" + round + ".log");
            Process worker = IngestWorker.start(lake.root(), "Tilleuls", files, log);
            if (round > 0) {
                awaitFirstBatch(worker, log);
            }
            Thread.sleep(random.nextInt(1500));
            worker.destroyForcibly();
            assertThat(worker.waitFor(30, TimeUnit.SECONDS)).isTrue();
            System.out.printf("kill round %d: %s%n", round,
                    Files.readAllLines(dir.resolve("worker" + round + ".log")));

            assertWholeBatchesOnly(lake, startOfFile);
        }

        Path last = Inputs.csv(dir.resolve("in"), "last.csv", "K", ROWS, 0, "apres");
        rewriteIds(last, fileNumber * STEP);
        startOfFile.put("last.csv", fileNumber * STEP);
        IngestResult after = new Ingest(new CsvTestStager(), Clock.systemUTC(), Progress.none())
                .run(IngestRequest.of(lake.root(), List.of(last), SourceGroup.PROFESSIONNEL, "Tilleuls"));

        assertThat(after.status()).isEqualTo(BatchStatus.COMMITTED);
        assertThat(LakeQueries.count(lake.observations(), "batch_id = '" + after.batchId() + "'")).isEqualTo(ROWS);
        assertThat(Files.exists(lake.root().resolve("current.tmp"), LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Snapshots.versions(lake)).hasSizeLessThanOrEqualTo(2)
                .contains(Snapshots.currentVersion(lake));
        try (Stream<Path> work = Files.list(lake.work())) {
            assertThat(work.toList()).as("abandoned staging folders swept; recent owner files wait to go stale")
                    .allMatch(p -> p.getFileName().toString().endsWith(".owner") && Files.isRegularFile(p));
        }
        assertWholeBatchesOnly(lake, startOfFile);
    }

    /** Waits (at most a minute) until the worker has committed its first batch, so the kill hits a later one. */
    private static void awaitFirstBatch(Process worker, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (worker.isAlive() && System.nanoTime() < deadline
                && (!Files.exists(log) || Files.readAllLines(log).isEmpty())) {
            Thread.sleep(50);
        }
    }

    /** Every committed batch visible for exactly the ids no later committed batch re-sent; nothing else. */
    private static void assertWholeBatchesOnly(Lake lake, Map<String, Integer> startOfFile) {
        List<LedgerEntry> committed = Ledger.read(lake.ledger()).entries().stream()
                .filter(e -> e.status() == BatchStatus.COMMITTED).toList();
        Map<String, Long> visible = LakeQueries.hasFiles(lake.observations())
                ? LakeQueries.rows(lake.observations(), "SELECT batch_id, count(*) FROM v GROUP BY 1").stream()
                .map(r -> r.split("\\|")).collect(Collectors.toMap(r -> r[0], r -> Long.parseLong(r[1])))
                : Map.of();
        Map<String, Long> expected = new HashMap<>();
        BitSet later = new BitSet();
        for (int i = committed.size() - 1; i >= 0; i--) {
            int start = startOfFile.get(committed.get(i).fileName());
            BitSet ids = new BitSet();
            ids.set(start, start + ROWS);
            ids.andNot(later);
            if (ids.cardinality() > 0) {
                expected.put(committed.get(i).batchId(), (long) ids.cardinality());
            }
            later.set(start, start + ROWS);
        }
        assertThat(visible).isEqualTo(expected);
        if (!visible.isEmpty()) {
            assertThat(LakeQueries.rows(lake.observations(), "SELECT count(*) - count(DISTINCT observation_id) FROM v"))
                    .containsExactly("0");
        }
        long superseded = committed.stream().mapToLong(LedgerEntry::superseded).sum();
        assertThat(LakeQueries.count(lake.history(), "true")).isEqualTo(superseded);
    }

    /** Renumbers the ids of a generated file from {@code start}. */
    private static void rewriteIds(Path file, int start) throws java.io.IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 1; i < lines.size(); i++) {
            out.add("K-" + (start + i - 1) + lines.get(i).substring(lines.get(i).indexOf(';')));
        }
        Files.write(file, out);
    }
}
