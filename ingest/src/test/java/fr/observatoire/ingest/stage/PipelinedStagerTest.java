package fr.observatoire.ingest.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.vocabulary.SourceGroup;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelinedStagerTest {

    private static final String HEADER = "date_observation;commune;public;domaine;type_observation\n";

    @TempDir
    Path work;

    private StagedBatch stage(String stagingName, List<Path> files, Optional<String> period,
                              Optional<Charset> encoding) {
        return new PipelinedStager(TestReference.territories(), 2, 1000).stage(new StageRequest("b", files,
                SourceGroup.HABITANT, "Collectif", "auto", encoding, period, Optional.of("v1"),
                Instant.parse("2026-01-15T08:00:00Z"), work.resolve(stagingName)));
    }

    private Path write(String name, String content) throws Exception {
        Path file = work.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void derivesTheSameObservationIdsWhenTheSameFileIsStagedAgain() throws Exception {
        Path file = write("a.csv", HEADER + "2025-01-01;59350;aidants;repit;besoin\n2025-01-02;59512;aidants;repit;besoin\n");
        List<String> first = StagedTables.csv(stage("s1", List.of(file), Optional.empty(), Optional.empty())
                .observations(), "observation_id", "source_line");
        List<String> second = StagedTables.csv(stage("s2", List.of(file), Optional.empty(), Optional.empty())
                .observations(), "observation_id", "source_line");
        assertThat(first).hasSize(3).isEqualTo(second);
        assertThat(first.get(1)).matches("[0-9a-f]{16}-2");
    }

    @Test
    void takesThePeriodAndFormVersionOfTheRequestAndTheYearOtherwise() throws Exception {
        Path file = write("b.csv", HEADER + "2024-12-31;59350;aidants;repit;besoin\n");
        assertThat(StagedTables.csv(stage("s1", List.of(file), Optional.of("2025-S1"), Optional.empty())
                .observations(), "period, form_version, source_group, contributor", "period"))
                .containsExactly("period,form_version,source_group,contributor", "2025-S1,v1,habitant,Collectif");
        assertThat(StagedTables.csv(stage("s2", List.of(file), Optional.empty(), Optional.empty())
                .observations(), "period", "period")).containsExactly("period", "2024");
    }

    @Test
    void countsEachFileOfABatchAndTheBatch() throws Exception {
        Path good = write("good.csv", HEADER + "2025-01-01;59350;aidants;repit;besoin\n");
        Path mixed = write("mixed.jsonl", "{\"date\":\"2025-01-01\",\"commune\":\"Lille\",\"public\":\"aidants\","
                + "\"domaine\":\"repit\",\"type\":\"besoin\"}\n{\"date\":\"hier\"}\n");
        StagedBatch batch = stage("s", List.of(good, mixed), Optional.empty(), Optional.empty());
        assertThat(batch.files()).extracting(StagedFile::format, StagedFile::rowsRead, StagedFile::rowsAccepted,
                StagedFile::rowsRejected).containsExactly(org.assertj.core.groups.Tuple.tuple("csv", 1L, 1L, 0L),
                org.assertj.core.groups.Tuple.tuple("jsonl", 2L, 1L, 1L));
        assertThat(batch.files().get(0).sha256()).hasSize(64);
        assertThat(batch.rowsRead()).isEqualTo(3);
        assertThat(batch.rejectRatio()).isEqualTo(1.0 / 3);
        assertThat(batch.rejectsByCode()).containsEntry("invalid_date", 1L).containsEntry("missing_field", 3L)
                .containsEntry("missing_territory", 1L);
        assertThat(StagedTables.count(batch.observations())).isEqualTo(2);
    }

    @Test
    void refusesABatchWhoseSecondFileHasAnIdentifierColumnBeforeWritingAnything() throws Exception {
        Path good = write("good.csv", HEADER + "2025-01-01;59350;aidants;repit;besoin\n");
        Path bad = write("bad.csv", "date;commune;courriel\n2025-01-01;59350;a@b.fr\n");
        assertThatThrownBy(() -> stage("s", List.of(good, bad), Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("bad.csv, column 'courriel': refused, it looks like a direct identifier of a person "
                        + "(courriel); remove the column and send the file again");
        assertThat(work.resolve("s")).doesNotExist();
    }

    @Test
    void refusesAJsonLinesFileWhoseLaterRecordCarriesAnIdentifierKey() throws Exception {
        Path file = write("late.jsonl", "{\"date\":\"2025-01-01\",\"commune\":\"59350\",\"public\":\"aidants\","
                + "\"domaine\":\"repit\",\"type\":\"besoin\"}\n{\"date\":\"2025-01-01\",\"nir\":\"185057800608491\"}\n");
        assertThatThrownBy(() -> stage("s", List.of(file), Optional.empty(), Optional.empty()))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("late.jsonl, column 'nir': refused");
    }

    @Test
    void readsAWindows1252FileWhenTheEncodingIsForced() throws Exception {
        Path file = work.resolve("forced.csv");
        Files.write(file, (HEADER + "2025-01-01;Évry-Courcouronnes;aidants;repit;besoin\n").getBytes("windows-1252"));
        StagedBatch batch = stage("s", List.of(file), Optional.empty(), Optional.of(Charset.forName("windows-1252")));
        assertThat(batch.files().get(0).encoding()).isEqualTo("windows-1252");
        assertThat(StagedTables.csv(batch.observations(), "commune_code", "1")).containsExactly("commune_code", "91228");
    }

    @Test
    void decidesTheEncodingOnEveryByteNotOnlyTheFirstMebibyte() throws Exception {
        StringBuilder content = new StringBuilder(HEADER);
        while (content.length() < 1_200_000) {
            content.append("2025-01-01;59350;aidants;repit;besoin\n");
        }
        content.append("2025-01-02;Évry-Courcouronnes;aidants;repit;besoin\n");
        Path file = work.resolve("late-1252.csv");
        Files.write(file, content.toString().getBytes("windows-1252"));
        StagedBatch batch = stage("s", List.of(file), Optional.empty(), Optional.empty());
        assertThat(batch.files().get(0).encoding()).isEqualTo("windows-1252");
        assertThat(batch.rowsRejected()).isZero();
        assertThat(StagedTables.csv(batch.observations(), "commune_code", "observed_on DESC LIMIT 1"))
                .containsExactly("commune_code", "91228");
    }
}
