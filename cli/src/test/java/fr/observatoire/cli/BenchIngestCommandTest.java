package fr.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchIngestCommandTest {

    @TempDir
    Path work;

    private int run(StringWriter out, StringWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new BenchCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void stagesAndCopiesTheGeneratedFileAndPrintsBothRates() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = run(out, err, "ingest", "--observations", "3000", "--bad-rows", "30", "--workdir",
                work.toString(), "--reference", Path.of("..", "data-samples", "reference").toString());
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("rows: 3,000", "accepted 2,970, rejected 30", "stage (read, validate", "duckdb COPY",
                        "(3,000 rows)", "ratio stage/duckdb", "peak JVM heap");
        assertThat(work.resolve("observations-3000.csv")).exists();
    }

    @Test
    void refusesMoreBadRowsThanRowsAsAUsageError() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "ingest", "--observations", "10", "--bad-rows", "11")).isEqualTo(2);
        assertThat(err.toString()).contains("--bad-rows must be between 0 and --observations");
    }
}
