package fr.observatoire.ingest.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.vocabulary.SourceGroup;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files: {@code golden/<case>/input/*} staged with {@code request.properties}, the staged observations and
 * rejects read back with DuckDB and compared with {@code expected/}. On a mismatch, {@code actual/} is written beside
 * {@code expected/} (in the source tree) for review as a diff.
 */
class GoldenStagingTest {

    static final Instant INGESTED_AT = Instant.parse("2026-01-15T08:00:00Z");
    static final Path GOLDEN = Path.of("src", "test", "resources", "golden").toAbsolutePath();
    static final String OBSERVATION_COLUMNS = "* EXCLUDE (ingested_at)";
    static final String REJECT_COLUMNS = "source_file, source_line, field, column_name, code, raw_value, message, "
            + "raw_record, source_group, contributor";

    @TempDir
    Path work;

    @Test
    void normalisesTerritoriesDatesNumbersAndVocabularyAndRejectsEveryViolationOfARow() throws Exception {
        check("csv-normalise-and-reject");
    }

    @Test
    void readsARealWindows1252FileWithCommaSeparatorAndQuotedCommas() throws Exception {
        check("csv-windows-1252");
    }

    @Test
    void readsUtf8WithBomQuotedNewlinesAndCountsPhysicalLines() throws Exception {
        check("csv-bom-quoted-newlines");
    }

    @Test
    void rejectsAMalformedJsonLineNamingLineAndColumnAndReadsTheOthers() throws Exception {
        check("jsonl-malformed-line");
    }

    @Test
    void mapsAKoboExportDroppingGroupPrefixesAndIgnoringMetadata() throws Exception {
        check("kobo-export");
    }

    @Test
    void refusesAFileWithADirectIdentifierColumnBeforeReadingAnyRow() throws Exception {
        check("refused-identifier-column");
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWorkbook() throws Exception {
        Path caseDir = GOLDEN.resolve("xlsx-first-sheet");
        Path input = work.resolve("input");
        Files.createDirectories(input);
        XlsxFixture.write(input.resolve("enquete.xlsx"), XlsxFixture.SAMPLE);
        check(caseDir, input);
    }

    private void check(String name) throws Exception {
        check(GOLDEN.resolve(name), GOLDEN.resolve(name).resolve("input"));
    }

    private void check(Path caseDir, Path inputDir) throws Exception {
        Properties properties = new Properties();
        Path propertiesFile = caseDir.resolve("request.properties");
        if (Files.exists(propertiesFile)) {
            try (Reader reader = Files.newBufferedReader(propertiesFile, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(inputDir)) {
            files = list.sorted().toList();
        }
        Path staging = work.resolve("staging");
        StageRequest request = new StageRequest("golden", files,
                SourceGroup.parse(properties.getProperty("source_group", "professionnel")).orElseThrow(),
                properties.getProperty("contributor"), properties.getProperty("format", "auto"),
                Optional.empty(), Optional.ofNullable(properties.getProperty("period")), Optional.empty(),
                INGESTED_AT, staging);
        List<Mismatch> mismatches = new ArrayList<>();
        Path actual = caseDir.resolve("actual");
        StagedBatch batch;
        try {
            batch = new PipelinedStager(TestReference.territories(), 2, 1000).stage(request);
        } catch (InvalidInputException e) {
            compare(caseDir, "error.txt", List.of(e.getMessage()), mismatches);
            assertThat(staging.resolve("observations")).doesNotExist();
            report(caseDir, mismatches);
            return;
        }
        compare(caseDir, "observations.csv",
                StagedTables.csv(batch.observations(), OBSERVATION_COLUMNS, "source_file, source_line"), mismatches);
        compare(caseDir, "rejects.csv",
                StagedTables.csv(batch.rejects(), REJECT_COLUMNS, "source_file, source_line, code, field"),
                mismatches);
        List<String> summary = new ArrayList<>();
        summary.add("rows_read=" + batch.rowsRead());
        summary.add("rows_accepted=" + batch.rowsAccepted());
        summary.add("rows_rejected=" + batch.rowsRejected());
        summary.add("redactions=" + new java.util.TreeMap<>(batch.redactionsByKind()));
        summary.add("rejects_by_code=" + new java.util.TreeMap<>(batch.rejectsByCode()));
        batch.files().forEach(f -> summary.add("file=" + f.path().getFileName() + " format=" + f.format()
                + " encoding=" + f.encoding() + " read=" + f.rowsRead() + " accepted=" + f.rowsAccepted()
                + " rejected=" + f.rowsRejected()));
        batch.warnings().forEach(w -> summary.add("warning=" + w));
        compare(caseDir, "summary.txt", summary, mismatches);
        assertThat(batch.rowsRead()).isEqualTo(batch.rowsAccepted() + batch.rowsRejected());
        if (mismatches.isEmpty() && Files.exists(actual)) {
            try (Stream<Path> stale = Files.list(actual)) {
                for (Path file : stale.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(actual);
        }
        report(caseDir, mismatches);
    }

    private record Mismatch(String file, String expected, List<String> actual) {
    }

    private static void compare(Path caseDir, String name, List<String> actual, List<Mismatch> mismatches)
            throws IOException {
        Path expectedFile = caseDir.resolve("expected").resolve(name);
        String expected = Files.exists(expectedFile) ? Files.readString(expectedFile, StandardCharsets.UTF_8) : null;
        String text = String.join("\n", actual) + "\n";
        if (!text.equals(expected)) {
            Path actualFile = caseDir.resolve("actual").resolve(name);
            Files.createDirectories(actualFile.getParent());
            Files.writeString(actualFile, text, StandardCharsets.UTF_8);
            mismatches.add(new Mismatch(name, expected, actual));
        }
    }

    private static void report(Path caseDir, List<Mismatch> mismatches) {
        if (mismatches.isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder("Golden mismatch in " + caseDir.getFileName()
                + " (see actual/ beside expected/):");
        for (Mismatch m : mismatches) {
            message.append("\n--- ").append(m.file()).append(m.expected() == null ? " (no expected file)" : "")
                    .append("\n").append(String.join("\n", m.actual()));
        }
        fail(message.toString());
    }
}
