package fr.observatoire.ingest.stage;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.lake.ObservationColumns;
import fr.observatoire.lake.RejectColumns;
import fr.observatoire.vocabulary.SourceGroup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract: staged Parquet, as DuckDB describes it, has exactly the documented columns and types. */
class StagedParquetSchemaTest {

    static final Path SCHEMA = GoldenStagingTest.GOLDEN.resolve("observations.schema.txt");

    @TempDir
    Path work;

    private StagedBatch stage(String csv) throws Exception {
        Path file = work.resolve("input.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return new PipelinedStager(TestReference.territories(), 2, 1000).stage(new StageRequest("b1", List.of(file),
                SourceGroup.FINANCEUR, "CAF", "auto", Optional.empty(), Optional.empty(), Optional.empty(),
                Instant.parse("2026-01-15T08:00:00Z"), work.resolve("staging")));
    }

    @Test
    void stagedObservationsHaveTheColumnsOfTheGoldenDuckDbDescribe() throws Exception {
        StagedBatch batch = stage("date_observation;commune;public;domaine;type_observation\n"
                + "2025-01-01;59350;aidants;repit;besoin\n");
        List<String> described = StagedTables.describe(batch.observations());
        assertThat(described).isEqualTo(Files.readAllLines(SCHEMA, StandardCharsets.UTF_8));
        assertThat(described).isEqualTo(ObservationColumns.FILE_COLUMNS.stream().map(c -> c[0] + " " + c[1]).toList());
    }

    @Test
    void anAllRejectedFileStillStagesAnEmptyObservationsFileWithTheSchema() throws Exception {
        StagedBatch batch = stage("date_observation;commune;public;domaine;type_observation\n"
                + "2025-01-01;99999;aidants;repit;besoin\n");
        assertThat(StagedTables.count(batch.observations())).isZero();
        assertThat(StagedTables.describe(batch.observations()))
                .isEqualTo(Files.readAllLines(SCHEMA, StandardCharsets.UTF_8));
        assertThat(StagedTables.describe(batch.rejects()))
                .isEqualTo(RejectColumns.FILE_COLUMNS.stream().map(c -> c[0] + " " + c[1]).toList());
        assertThat(StagedTables.count(batch.rejects())).isEqualTo(1);
    }
}
