package fr.observatoire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.ingest.commit.BatchStatus;
import fr.observatoire.ingest.commit.Ledger;
import fr.observatoire.ingest.commit.LedgerEntry;
import fr.observatoire.lake.Lake;
import fr.observatoire.vocabulary.SourceGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestTest {

    @TempDir
    Path dir;

    private final List<String> progressLines = new ArrayList<>();
    private final Ingest ingest = new Ingest(new CsvTestStager(), Clock.systemUTC(), progressLines::add);

    private Path lakeRoot() {
        return dir.resolve("lake");
    }

    private Lake lake() {
        return new Lake(lakeRoot());
    }

    private IngestResult ingest(Path file, String contributor) {
        return ingest.run(IngestRequest.of(lakeRoot(), List.of(file), SourceGroup.PROFESSIONNEL, contributor));
    }

    private IngestRequest manifestRequest(List<Path> files, String contributor, Path manifest) {
        return new IngestRequest(lakeRoot(), files, null, contributor, Optional.of(manifest), "auto",
                Optional.empty(), IngestRequest.DEFAULT_MAX_REJECT_RATIO, Optional.empty(), Optional.empty(), false);
    }

    @Test
    void committedBatchIsReadThroughTheDatasetLinksWithDuckDbGlob() {
        Path file = Inputs.csv(dir.resolve("in"), "tilleuls.csv", "T", 50, 1, "attente SSIAD");

        IngestResult result = ingest(file, "Association Les Tilleuls");

        assertThat(result.status()).isEqualTo(BatchStatus.COMMITTED);
        assertThat(result.batchId()).matches(BatchId.FORMAT);
        assertThat(Files.isSymbolicLink(lake().observations())).isTrue();
        assertThat(LakeQueries.rows(lake().observations(),
                "SELECT batch_id, count(*), min(contributor), count(DISTINCT observation_id) FROM v GROUP BY 1"))
                .containsExactly(result.batchId() + "|49|Association Les Tilleuls|49");
        assertThat(LakeQueries.rows(lake().rejects(), "SELECT batch_id, code, source_line FROM v"))
                .containsExactly(result.batchId() + "|unknown_commune|51");
        assertThat(Ledger.read(lake().ledger()).entries()).singleElement().satisfies(e -> {
            assertThat(e.batchId()).isEqualTo(result.batchId());
            assertThat(e.status()).isEqualTo(BatchStatus.COMMITTED);
            assertThat(e.fileName()).isEqualTo("tilleuls.csv");
            assertThat(e.fileSha256()).isEqualTo(Ingest.sha256(file));
            assertThat(e.rowsRead()).isEqualTo(50);
            assertThat(e.rowsAccepted()).isEqualTo(49);
            assertThat(e.rowsRejected()).isEqualTo(1);
            assertThat(e.finishedAt()).isAfterOrEqualTo(e.startedAt());
        });
    }

    @Test
    void sameFileTwiceMakesOneBatchAndTheSecondIsReportedDuplicate() {
        Path file = Inputs.csv(dir.resolve("in"), "tilleuls.csv", "T", 20, 0, "attente");
        IngestResult first = ingest(file, "Tilleuls");

        IngestResult second = ingest(file, "Tilleuls");

        assertThat(second.status()).isEqualTo(BatchStatus.DUPLICATE);
        assertThat(second.duplicateOf()).contains(first.batchId());
        assertThat(second.report().summary()).contains("duplicate of batch " + first.batchId());
        assertThat(LakeQueries.rows(lake().observations(), "SELECT DISTINCT batch_id, count(*) OVER () FROM v"))
                .containsExactly(first.batchId() + "|20");
        assertThat(Ledger.read(lake().ledger()).entries()).extracting(LedgerEntry::status)
                .containsExactly(BatchStatus.COMMITTED, BatchStatus.DUPLICATE);
    }

    @Test
    void aBatchMixingACommittedFileAndANewOneStagesOnlyTheNewOne() {
        Path old = Inputs.csv(dir.resolve("in"), "old.csv", "O", 5, 0, "ancien");
        IngestResult first = ingest(old, "Tilleuls");
        Path fresh = Inputs.csv(dir.resolve("in"), "new.csv", "N", 7, 0, "nouveau");

        IngestResult mixed = ingest.run(IngestRequest.of(lakeRoot(), List.of(old, fresh), SourceGroup.PROFESSIONNEL,
                "Tilleuls"));

        assertThat(mixed.status()).isEqualTo(BatchStatus.COMMITTED);
        assertThat(mixed.report().warnings()).contains("old.csv skipped: duplicate of batch " + first.batchId());
        assertThat(LakeQueries.rows(lake().observations(), "SELECT batch_id, count(*) FROM v GROUP BY 1 ORDER BY 2"))
                .containsExactly(first.batchId() + "|5", mixed.batchId() + "|7");
        assertThat(Ledger.read(lake().ledger()).entries()).last()
                .satisfies(e -> assertThat(e.fileName()).isEqualTo("new.csv"));
    }

    @Test
    void observationReSentLaterSupersedesTheEarlierRowWhichHistoryKeeps() throws IOException {
        Path first = Inputs.csv(dir.resolve("in1"), "t1.csv", "T", 10, 0, "premier envoi");
        IngestResult older = ingest(first, "Tilleuls");
        Path second = Inputs.csv(dir.resolve("in2"), "t2.csv", "T", 3, 0, "correction");
        Path otherContributor = Inputs.csv(dir.resolve("in3"), "o.csv", "T", 2, 0, "autre structure");

        IngestResult newer = ingest(second, "Tilleuls");
        IngestResult other = ingest(otherContributor, "Les Glycines");

        assertThat(newer.report().superseded()).isEqualTo(3);
        assertThat(other.report().superseded()).isZero();
        assertThat(LakeQueries.rows(lake().observations(),
                "SELECT observation_id, batch_id, text FROM v WHERE contributor = 'Tilleuls' AND observation_id IN "
                        + "('T-0', 'T-5') ORDER BY 1"))
                .containsExactly("T-0|" + newer.batchId() + "|correction 0", "T-5|" + older.batchId() + "|premier envoi 5");
        assertThat(LakeQueries.count(lake().observations(), "true")).isEqualTo(10 + 2);
        assertThat(LakeQueries.rows(lake().history(),
                "SELECT observation_id, batch_id, superseded_by, text FROM v ORDER BY 1"))
                .containsExactly("T-0|" + older.batchId() + "|" + newer.batchId() + "|premier envoi 0",
                        "T-1|" + older.batchId() + "|" + newer.batchId() + "|premier envoi 1",
                        "T-2|" + older.batchId() + "|" + newer.batchId() + "|premier envoi 2");
        assertThat(Ledger.read(lake().ledger()).entries()).extracting(LedgerEntry::superseded)
                .containsExactly(0L, 3L, 0L);
    }

    @Test
    void batchOverTheRejectThresholdCommitsItsRejectsButNoObservation() {
        Path file = Inputs.csv(dir.resolve("in"), "bad.csv", "B", 20, 2, "texte");

        IngestResult result = ingest.run(IngestRequest.of(lakeRoot(), List.of(file), SourceGroup.USAGER, "CCAS")
                .withMaxRejectRatio(0.05));

        assertThat(result.overThreshold()).isTrue();
        assertThat(result.status()).isEqualTo(BatchStatus.REJECTED);
        assertThat(LakeQueries.hasFiles(lake().observations())).isFalse();
        assertThat(LakeQueries.rows(lake().rejects(), "SELECT batch_id, count(*) FROM v GROUP BY 1"))
                .containsExactly(result.batchId() + "|2");
        assertThat(result.report().rejectsLocation()).endsWith("batch_id=" + result.batchId());
        assertThat(result.report().summary()).contains("10.0%", "threshold 5.0%", "unknown_commune=2",
                "bad.csv line 20: Cannot use commune '99999'");
        assertThat(Ledger.read(lake().ledger()).entries()).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(BatchStatus.REJECTED))
                .satisfies(e -> assertThat(e.rowsAccepted()).isZero());
    }

    @Test
    void sameBatchUnderTheThresholdIsCommitted() {
        Path file = Inputs.csv(dir.resolve("in"), "bad.csv", "B", 20, 2, "texte");

        IngestResult result = ingest.run(IngestRequest.of(lakeRoot(), List.of(file), SourceGroup.USAGER, "CCAS")
                .withMaxRejectRatio(0.10));

        assertThat(result.status()).isEqualTo(BatchStatus.COMMITTED);
        assertThat(LakeQueries.count(lake().observations(), "true")).isEqualTo(18);
    }

    @Test
    void ingestReportIsWrittenAsJsonBesideTheLake() {
        Path file = Inputs.csv(dir.resolve("in"), "t.csv", "T", 40, 1, "texte");

        IngestResult result = ingest(file, "Tilleuls");

        assertThat(result.reportFile()).isEqualTo(lake().ingestReports().resolve(result.batchId() + ".json"));
        IngestReport read = IngestReport.read(result.reportFile());
        assertThat(read).isEqualTo(result.report());
        assertThat(read.rejectSamples()).singleElement()
                .satisfies(s -> assertThat(s.line()).isEqualTo(41))
                .satisfies(s -> assertThat(s.code()).isEqualTo("unknown_commune"));
        assertThat(read.files()).singleElement().satisfies(f -> assertThat(f.rowsAccepted()).isEqualTo(39));
    }

    @Test
    void manifestGivesSourceGroupAndContributorAndItsChecksumsAreChecked() throws IOException {
        Path file = Inputs.csv(dir.resolve("in"), "envoi.csv", "M", 5, 0, "texte");
        Path manifest = dir.resolve("in").resolve("manifest.yaml");
        Files.writeString(manifest, """
                source_group: décideur
                contributor: Conseil départemental du Nord
                form_version: "2"
                files:
                  - name: envoi.csv
                    sha256: %s
                """.formatted(Ingest.sha256(file)));

        IngestResult result = ingest.run(manifestRequest(List.of(), null, manifest));

        assertThat(result.status()).isEqualTo(BatchStatus.COMMITTED);
        assertThat(LakeQueries.rows(lake().observations(), "SELECT DISTINCT source_group, contributor FROM v"))
                .containsExactly("decideur|Conseil départemental du Nord");
    }

    @Test
    void fileWhoseChecksumDiffersFromTheManifestIsRefusedAndRecordedAsFailed() throws IOException {
        Path file = Inputs.csv(dir.resolve("in"), "envoi.csv", "M", 5, 0, "texte");
        Path manifest = dir.resolve("in").resolve("manifest.json");
        Files.writeString(manifest, "{\"source_group\": \"financeur\", \"files\": [{\"name\": \"envoi.csv\", "
                + "\"sha256\": \"" + "0".repeat(64) + "\"}]}");

        assertThatThrownBy(() -> ingest.run(manifestRequest(List.of(file), "ARS", manifest)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("envoi.csv: sha256 is " + Ingest.sha256(file))
                .hasMessageContaining("manifest.json expects " + "0".repeat(64));
        assertThat(LakeQueries.hasFiles(lake().observations())).isFalse();
        assertThat(Ledger.read(lake().ledger()).entries()).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(BatchStatus.FAILED))
                .satisfies(e -> assertThat(e.message()).contains("sha256"));
    }

    @Test
    void malformedManifestNamesTheFileAndLine() throws IOException {
        Path file = Inputs.csv(dir.resolve("in"), "envoi.csv", "M", 5, 0, "texte");
        Path manifest = dir.resolve("in").resolve("manifest.yml");
        Files.writeString(manifest, "source_group: usager\nfichiers: [a.csv]\n");

        assertThatThrownBy(() -> ingest.run(manifestRequest(List.of(file), "ARS", manifest)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("manifest.yml line ").hasMessageContaining("not a valid batch manifest")
                .hasMessageContaining("fichiers");
    }

    @Test
    void refusedFileIsRecordedAsFailedAndNothingIsCommitted() throws IOException {
        Path file = dir.resolve("refuse.csv");
        Files.writeString(file, "REFUSE;nom\n1;Dupont\n");

        assertThatThrownBy(() -> ingest(file, "Tilleuls")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("refuse.csv line 1, field nom");
        assertThat(Ledger.read(lake().ledger()).entries()).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(BatchStatus.FAILED))
                .satisfies(e -> assertThat(e.message()).startsWith("staging failed: refuse.csv line 1"));
        assertThat(Files.list(lake().work()).toList()).isEmpty();
    }

    @Test
    void progressLinesAreReportedWhenAsked() {
        Path file = Inputs.csv(dir.resolve("in"), "t.csv", "T", 10, 0, "texte");
        IngestRequest request = IngestRequest.of(lakeRoot(), List.of(file), SourceGroup.HABITANT, "Centre social");
        IngestRequest withProgress = new IngestRequest(request.lake(), request.files(), request.sourceGroup(),
                request.contributor(), request.manifest(), request.format(), request.encoding(),
                request.maxRejectRatio(), request.period(), request.formVersion(), true);

        ingest.run(withProgress);

        assertThat(progressLines).first().asString().startsWith("staging batch b").contains("1 file(s)");
        assertThat(progressLines).last().asString().startsWith("committing batch b");
    }
}
