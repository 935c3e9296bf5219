package fr.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SamplesCommandTest {

    static final String REFERENCE = Path.of("..", "data-samples", "reference").toString();

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SamplesCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void generatesBatchFilesAndPrintsTheDefectCounts(@TempDir Path dir) throws Exception {
        Run run = run("generate", "--observations", "600", "--seed", "3", "--out", dir.toString(),
                "--format", "jsonl,kobo", "--bad-rows", "0.05", "--departements", "47", "--from", "2023", "--to",
                "2024", "--manifests", dir.resolve("manifests").toString(), "--reference", REFERENCE);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("600 rows").contains("unknown_commune").contains("personal_data")
                .contains("of which ingest must reject");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.startsWith("0") && (name.endsWith(".jsonl") || name.endsWith("_kobo.csv")))
                    .hasSize(5);
        }
        try (Stream<Path> manifests = Files.list(dir.resolve("manifests"))) {
            assertThat(manifests.map(p -> p.getFileName().toString()))
                    .filteredOn(name -> name.endsWith(".json")).hasSize(5);
        }
        assertThat(Files.readAllLines(dir.resolve("manifests").resolve("expected_defects.csv"))).hasSize(6);
    }

    @Test
    void singleFileWritesOneFile(@TempDir Path dir) throws Exception {
        Run run = run("generate", "--observations", "1000", "--out", dir.toString(), "--format", "csv-utf8",
                "--single-file", "--reference", REFERENCE);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(dir.resolve("observations_csvutf8.csv")).exists();
        assertThat(Files.readAllLines(dir.resolve("observations_csvutf8.csv")).size()).isGreaterThan(1000);
    }

    @Test
    void refusesWrongOptionsWithAUsageError(@TempDir Path dir) {
        assertThat(run("generate", "--observations", "10", "--out", dir.toString(), "--bad-rows", "1.5",
                "--reference", REFERENCE).exit()).isEqualTo(2);
        Run format = run("generate", "--observations", "10", "--out", dir.toString(), "--format", "ods",
                "--reference", REFERENCE);
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("unknown format 'ods'");
        assertThat(run("generate", "--observations", "10", "--out", dir.toString(), "--single-file",
                "--reference", REFERENCE).exit()).isEqualTo(2);
        assertThat(run("generate", "--observations", "10", "--out", dir.toString(), "--departements", "99",
                "--reference", REFERENCE).exit()).isEqualTo(2);
    }

    @Test
    void writesTheSupplySample(@TempDir Path dir) {
        Run run = run("supply", "--out", dir.toString(), "--departements", "47", "--reference", REFERENCE);

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("47/EHPAD");
        assertThat(dir.resolve("finess_etablissements_20251231.csv")).exists();
        assertThat(dir.resolve("finess_capacites_20251231.csv")).exists();
    }
}
