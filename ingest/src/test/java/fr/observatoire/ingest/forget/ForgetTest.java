package fr.observatoire.ingest.forget;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.ingest.CsvTestStager;
import fr.observatoire.ingest.Ingest;
import fr.observatoire.ingest.IngestReport;
import fr.observatoire.ingest.IngestRequest;
import fr.observatoire.ingest.IngestResult;
import fr.observatoire.ingest.Inputs;
import fr.observatoire.ingest.LakeQueries;
import fr.observatoire.ingest.Progress;
import fr.observatoire.ingest.commit.BatchStatus;
import fr.observatoire.ingest.commit.Ledger;
import fr.observatoire.ingest.commit.LedgerEntry;
import fr.observatoire.lake.Lake;
import fr.observatoire.vocabulary.SourceGroup;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForgetTest {

    private static final String SECRET = "Mme Zelie Quartzobrac";

    @TempDir
    Path dir;

    private Lake lake;
    private IngestResult tilleuls;
    private IngestResult correction;
    private IngestResult glycines;

    @BeforeEach
    void threeBatchesOfTwoContributors() {
        lake = new Lake(dir.resolve("lake"));
        Ingest ingest = new Ingest(new CsvTestStager(), Clock.systemUTC(), Progress.none());
        tilleuls = ingest.run(IngestRequest.of(lake.root(), List.of(
                        Inputs.csv(dir.resolve("a"), "t.csv", "T", 30, 1, SECRET)), SourceGroup.PROFESSIONNEL,
                "Tilleuls").withMaxRejectRatio(0.5));
        correction = ingest.run(IngestRequest.of(lake.root(), List.of(
                        Inputs.csv(dir.resolve("b"), "t2.csv", "T", 2, 0, SECRET + " corrige")),
                SourceGroup.PROFESSIONNEL, "Tilleuls"));
        glycines = ingest.run(IngestRequest.of(lake.root(), List.of(
                        Inputs.csv(dir.resolve("c"), "g.csv", "T", 10, 0, "Glycines")), SourceGroup.USAGER,
                "Glycines"));
        assertThat(correction.report().superseded()).isEqualTo(2);
    }

    @Test
    void forgettingAContributorRemovesItsRowsEverywhereAndTheirBytesFromDisk() {
        assertThat(LakeQueries.filesContaining(lake.root(), SECRET)).as("the grep sees the text before").isNotEmpty();

        ForgetResult result = new Forget(Clock.systemUTC()).run(ForgetRequest.contributor(lake.root(), "Tilleuls"));

        assertThat(result.observationsRemoved()).isEqualTo(29);
        assertThat(result.rejectsRemoved()).isEqualTo(1);
        assertThat(result.historyRemoved()).isEqualTo(2);
        assertThat(LakeQueries.filesContaining(lake.root(), SECRET)).isEmpty();
        assertThat(LakeQueries.filesContaining(lake.root(), "Tilleuls")).as("ledger keeps organisation names")
                .allMatch(p -> p.toString().contains("ledger") || p.toString().contains("reports"));
        assertThat(LakeQueries.rows(lake.observations(), "SELECT DISTINCT contributor, count(*) OVER () FROM v"))
                .containsExactly("Glycines|10");
        assertThat(LakeQueries.hasFiles(lake.history())).isFalse();
        assertThat(LakeQueries.hasFiles(lake.rejects())).isFalse();
        assertThat(Ledger.read(lake.ledger()).entries()).last().satisfies(e -> {
            assertThat(e.status()).isEqualTo(BatchStatus.ERASURE);
            assertThat(e.batchId()).isEqualTo(result.erasureId());
            assertThat(e.contributor()).isNull();
            assertThat(e.message()).contains("29 observation, 1 reject and 2 history rows")
                    .doesNotContain("Tilleuls");
        });
        assertThat(IngestReport.read(tilleuls.reportFile()).rejectSamples()).isEmpty();
    }

    @Test
    void forgettingAnObservationRemovesItsCurrentRowItsHistoryAndItsRejectOnly() {
        new Forget(Clock.systemUTC()).run(ForgetRequest.observation(lake.root(), "T-1"));
        ForgetResult reject = new Forget(Clock.systemUTC()).run(ForgetRequest.observation(lake.root(), "T-29"));

        assertThat(LakeQueries.count(lake.observations(), "observation_id = 'T-1'")).isZero();
        assertThat(LakeQueries.count(lake.history(), "observation_id = 'T-1'")).isZero();
        assertThat(LakeQueries.count(lake.observations(), "true")).isEqualTo(29 + 10 - 2);
        assertThat(LakeQueries.count(lake.history(), "observation_id = 'T-0'")).isEqualTo(1);
        assertThat(reject.rejectsRemoved()).isEqualTo(1);
        assertThat(LakeQueries.hasFiles(lake.rejects())).isFalse();
        assertThat(LakeQueries.filesContaining(lake.root(), SECRET + " corrige 1")).isEmpty();
        assertThat(LakeQueries.filesContaining(lake.root(), SECRET + " 2")).isNotEmpty();
        assertThat(Ledger.read(lake.ledger()).entries()).extracting(LedgerEntry::status)
                .containsExactly(BatchStatus.COMMITTED, BatchStatus.COMMITTED, BatchStatus.COMMITTED,
                        BatchStatus.ERASURE, BatchStatus.ERASURE);
    }

    @Test
    void forgettingWhatTheLakeDoesNotHoldChangesNothing() {
        ForgetResult result = new Forget(Clock.systemUTC()).run(ForgetRequest.observation(lake.root(), "absent"));

        assertThat(result.rowsRemoved()).isZero();
        assertThat(Ledger.read(lake.ledger()).entries()).hasSize(3);
    }
}
