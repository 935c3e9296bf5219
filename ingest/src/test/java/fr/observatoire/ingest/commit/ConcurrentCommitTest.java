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
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several processes and threads ingest into one lake at once: no batch lost, no row lost or doubled. */
class ConcurrentCommitTest {

    private static final int ROWS = 5_000;

    @TempDir
    Path dir;

    @Test
    void processesAndThreadsCommittingAtOnceKeepEveryBatchAndEveryRowOnce() throws Exception {
        Lake lake = new Lake(dir.resolve("lake"));
        List<Process> processes = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            List<Path> files = List.of(
                    Inputs.csv(dir.resolve("p" + p), "a.csv", "P" + p + "a", ROWS, 0, "process " + p),
                    Inputs.csv(dir.resolve("p" + p), "b.csv", "P" + p + "b", ROWS, 0, "process " + p));
            processes.add(IngestWorker.start(lake.root(), "Structure " + p, files, dir.resolve("p" + p + ".log")));
        }
        ExecutorService threads = Executors.newFixedThreadPool(3);
        List<Future<List<IngestResult>>> results = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            int thread = t;
            results.add(threads.submit(() -> {
                Ingest ingest = new Ingest(new CsvTestStager(), Clock.systemUTC(), Progress.none());
                List<IngestResult> done = new ArrayList<>();
                for (String name : List.of("a", "b")) {
                    Path file = Inputs.csv(dir.resolve("t" + thread), name + ".csv", "T" + thread + name, ROWS, 0,
                            "thread " + thread);
                    done.add(ingest.run(IngestRequest.of(lake.root(), List.of(file), SourceGroup.HABITANT,
                            "Thread " + thread)));
                }
                return done;
            }));
        }
        for (Future<List<IngestResult>> result : results) {
            assertThat(result.get(2, TimeUnit.MINUTES)).extracting(IngestResult::status)
                    .containsOnly(BatchStatus.COMMITTED);
        }
        threads.shutdown();
        for (int p = 0; p < processes.size(); p++) {
            assertThat(processes.get(p).waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(processes.get(p).exitValue()).as(Files.readString(dir.resolve("p" + p + ".log"))).isZero();
        }

        assertThat(Ledger.read(lake.ledger()).entries()).hasSize(10)
                .allMatch(e -> e.status() == BatchStatus.COMMITTED);
        assertThat(LakeQueries.rows(lake.observations(),
                "SELECT count(DISTINCT batch_id), count(*), count(DISTINCT observation_id) FROM v"))
                .containsExactly("10|" + 10 * ROWS + "|" + 10 * ROWS);
    }

    @Test
    void twoProcessesReSendingTheSameObservationsLeaveEachVisibleOnce() throws Exception {
        Lake lake = new Lake(dir.resolve("lake"));
        Path first = Inputs.csv(dir.resolve("x"), "envoi.csv", "S", ROWS, 0, "version x");
        Path second = Inputs.csv(dir.resolve("y"), "envoi.csv", "S", ROWS, 0, "version y");

        Process one = IngestWorker.start(lake.root(), "Tilleuls", List.of(first), dir.resolve("x.log"));
        Process two = IngestWorker.start(lake.root(), "Tilleuls", List.of(second), dir.resolve("y.log"));
        assertThat(one.waitFor(2, TimeUnit.MINUTES) && two.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(one.exitValue() + two.exitValue()).isZero();

        assertThat(LakeQueries.rows(lake.observations(),
                "SELECT count(*), count(DISTINCT observation_id), count(DISTINCT batch_id) FROM v"))
                .containsExactly(ROWS + "|" + ROWS + "|1");
        assertThat(LakeQueries.count(lake.history(), "true")).isEqualTo(ROWS);
        List<LedgerEntry> ledger = Ledger.read(lake.ledger()).entries();
        assertThat(ledger).extracting(LedgerEntry::superseded).containsExactly(0L, (long) ROWS);
        assertThat(LakeQueries.rows(lake.observations(), "SELECT DISTINCT batch_id FROM v"))
                .containsExactly(ledger.get(1).batchId());
    }
}
