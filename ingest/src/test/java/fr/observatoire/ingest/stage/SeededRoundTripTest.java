package fr.observatoire.ingest.stage;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.ingest.bench.IngestBenchmark;
import fr.observatoire.ingest.bench.ObservationCsvGenerator;
import fr.observatoire.ingest.redact.RedactionKind;
import fr.observatoire.ingest.redact.Redactor;
import fr.observatoire.lake.Sql;
import fr.observatoire.reference.Commune;
import fr.observatoire.reference.Territories;
import fr.observatoire.vocabulary.SourceGroup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Seeded random observations → CSV → stage → Parquet read back with DuckDB → equal to what was generated. */
class SeededRoundTripTest {

    private static final int ROWS = 6000;
    private static final int BAD_ROWS = 24;

    @TempDir
    Path work;

    @Test
    void stagedRowsEqualTheGeneratedOnesAndEveryBadRowIsRejected() throws Exception {
        Territories territories = TestReference.territories();
        List<String> codes = IngestBenchmark.communeCodes(TestReference.REFERENCE.resolve("communes_2026.csv"));
        ObservationCsvGenerator generator = new ObservationCsvGenerator(1234L, codes, ROWS, BAD_ROWS);
        Path csv = work.resolve("generated.csv");
        generator.write(csv);

        StagedBatch batch = new PipelinedStager(territories, 2, 1000).stage(new StageRequest("rt", List.of(csv),
                SourceGroup.PROFESSIONNEL, "Round trip", "auto", Optional.empty(), Optional.empty(), Optional.empty(),
                Instant.parse("2026-01-15T08:00:00Z"), work.resolve("staging")));

        Redactor redactor = new Redactor();
        int[] redactions = new int[RedactionKind.values().length];
        List<String> expected = new ArrayList<>();
        Map<String, Long> expectedRejects = new TreeMap<>();
        for (long i = 0; i < ROWS; i++) {
            ObservationCsvGenerator.Row row = generator.row(i);
            if (row.defect() != null) {
                String code = switch (row.defect()) {
                    case "commune" -> "unknown_commune";
                    case "date" -> "invalid_date";
                    case "public" -> "unknown_vocabulary";
                    default -> "negative_number";
                };
                expectedRejects.merge(code, 1L, Long::sum);
                continue;
            }
            Commune commune = territories.commune(row.commune()).orElseThrow();
            expected.add(String.join("|", row.group().code(), row.contributor(),
                    row.date().toString(), Integer.toString(row.date().getYear()),
                    commune.code(), String.valueOf(commune.epciCode()), commune.departementCode(),
                    commune.regionCode(), "commune", row.publicTerm().code(), row.domain().code(), row.kind().code(),
                    Integer.toString(row.persons()), Integer.toString(row.severity()),
                    Integer.toString(row.waitingDays()), redactor.redact(row.text(), redactions),
                    Long.toString(i + 2)));
        }

        List<String> actual = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT source_group, contributor, observed_on, period, "
                     + "commune_code, epci_code, departement_code, region_code, territory_precision, public, "
                     + "need_domain, kind, persons, severity, waiting_days, text, source_line FROM read_parquet("
                     + Sql.literal(batch.observations().resolve("*.parquet").toString()) + ") ORDER BY source_line")) {
            while (rows.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= 17; c++) {
                    values.add(String.valueOf(rows.getString(c)));
                }
                actual.add(String.join("|", values));
            }
        }
        assertThat(actual).containsExactlyElementsOf(expected);
        assertThat(batch.rowsRead()).isEqualTo(ROWS);
        assertThat(batch.rowsRejected()).isEqualTo(BAD_ROWS);
        assertThat(batch.rejectsByCode()).isEqualTo(expectedRejects);
        assertThat(batch.redactions()).isEqualTo(java.util.Arrays.stream(redactions).sum()).isPositive();
        try (var parts = Files.list(batch.observations())) {
            assertThat(parts.count()).as("one part file per 1,000 rows").isEqualTo((ROWS - BAD_ROWS + 999) / 1000);
        }
    }
}
