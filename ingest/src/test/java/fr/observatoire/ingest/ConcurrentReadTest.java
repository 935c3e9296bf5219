package fr.observatoire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.lake.Lake;
import fr.observatoire.vocabulary.SourceGroup;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Readers querying the lake while batches commit see whole batches only. */
class ConcurrentReadTest {

    private static final int ROWS = 2_000;

    @TempDir
    Path dir;

    @Test
    void aReaderDuringCommitsSeesEveryBatchWholeOrNotAtAll() throws Exception {
        Lake lake = new Lake(dir.resolve("lake"));
        Ingest ingest = new Ingest(new CsvTestStager(), Clock.systemUTC(), Progress.none());
        ingest.run(IngestRequest.of(lake.root(), List.of(Inputs.csv(dir.resolve("in"), "first.csv", "F", ROWS, 0,
                "x")), SourceGroup.USAGER, "CCAS"));
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> seen = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            while (writing.get()) {
                try {
                    seen.addAll(LakeQueries.rows(lake.observations(), "SELECT batch_id, count(*) FROM v GROUP BY 1"));
                } catch (IllegalStateException e) {
                    // a file listed from a snapshot two commits old may be gone: readers retry
                }
            }
        });
        reader.start();
        List<IngestResult> results = new ArrayList<>();
        for (int b = 0; b < 6; b++) {
            List<Path> files = new ArrayList<>();
            for (int f = 0; f < 3; f++) {
                files.add(Inputs.csv(dir.resolve("in" + b), "part" + f + ".csv", "B" + b + "x" + f, ROWS, 0, "t"));
            }
            results.add(ingest.run(IngestRequest.of(lake.root(), files, SourceGroup.USAGER, "CCAS")));
        }
        writing.set(false);
        reader.join(Duration.ofMinutes(1).toMillis());

        assertThat(seen).isNotEmpty();
        java.util.Set<String> threeFileBatches = results.stream().map(IngestResult::batchId)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(seen).allSatisfy(row -> {
            String[] batchAndCount = row.split("\\|");
            assertThat(Integer.parseInt(batchAndCount[1])).as(row)
                    .isEqualTo(threeFileBatches.contains(batchAndCount[0]) ? 3 * ROWS : ROWS);
        });
        assertThat(seen.stream().map(r -> r.split("\\|")[0]).distinct().count()).isGreaterThan(1);
    }

    @Test
    void progressLinesTellHowMuchIsStagedWhileAFileIsRead() {
        List<String> lines = new CopyOnWriteArrayList<>();
        CsvTestStager stager = new CsvTestStager();
        Ingest ingest = new Ingest(request -> {
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return stager.stage(request);
        }, Clock.systemUTC(), lines::add, Duration.ofMillis(50), new Random(1));
        IngestRequest plain = IngestRequest.of(dir.resolve("lake"),
                List.of(Inputs.csv(dir.resolve("in"), "t.csv", "T", 10, 0, "x")), SourceGroup.USAGER, "CCAS");

        ingest.run(new IngestRequest(plain.lake(), plain.files(), plain.sourceGroup(), plain.contributor(),
                plain.manifest(), plain.format(), plain.encoding(), plain.maxRejectRatio(), plain.period(),
                plain.formVersion(), true));

        assertThat(lines).anySatisfy(l -> assertThat(l).matches("staging batch b\\S+: \\d+ s, \\d+\\.\\d MB of Parquet written"));
    }
}
