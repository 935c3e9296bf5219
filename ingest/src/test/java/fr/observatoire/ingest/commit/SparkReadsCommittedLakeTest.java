package fr.observatoire.ingest.commit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.ingest.CsvTestStager;
import fr.observatoire.ingest.Ingest;
import fr.observatoire.ingest.IngestRequest;
import fr.observatoire.ingest.IngestResult;
import fr.observatoire.ingest.Inputs;
import fr.observatoire.ingest.Progress;
import fr.observatoire.lake.Lake;
import fr.observatoire.vocabulary.SourceGroup;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spark's Parquet reader on {@code <lake>/observations}: follows the links, sees the batch_id partitions. */
class SparkReadsCommittedLakeTest {

    @TempDir
    Path dir;

    @Test
    void sparkReadsTheCurrentSnapshotThroughTheDatasetLink() {
        Lake lake = new Lake(dir.resolve("lake"));
        Ingest ingest = new Ingest(new CsvTestStager(), Clock.systemUTC(), Progress.none());
        IngestResult first = ingest.run(IngestRequest.of(lake.root(),
                List.of(Inputs.csv(dir.resolve("a"), "a.csv", "A", 30, 0, "a")), SourceGroup.USAGER, "CCAS"));
        IngestResult second = ingest.run(IngestRequest.of(lake.root(),
                List.of(Inputs.csv(dir.resolve("b"), "b.csv", "A", 10, 0, "b")), SourceGroup.USAGER, "CCAS"));

        SparkSession spark = SparkSession.builder().appName("lake-link-check").master("local[1]")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "1").config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
        try {
            List<Row> rows = spark.read().parquet(lake.observations().toString())
                    .groupBy("batch_id").count().orderBy("batch_id").collectAsList();

            assertThat(rows).extracting(r -> r.getString(0) + "=" + r.getLong(1))
                    .containsExactlyInAnyOrder(first.batchId() + "=20", second.batchId() + "=10");
        } finally {
            spark.stop();
        }
    }
}
