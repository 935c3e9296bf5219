package fr.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchThemesCommandTest {

    @Test
    void printsObservationsPerSecondAndTimePerStep(@TempDir Path work) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new BenchThemesCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int code = command.execute("--observations", "3_000", "--duckdb-only", "--work", work.toString(),
                "--reference-dir", Paths.get("..", "data-samples", "reference").toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("themes on 3,000 observations", "annotate texts", "th_specificities",
                "write concordance").containsPattern("duckdb +[0-9.]+ s +[0-9,]+ observations/s");
        assertThat(work.resolve("lake-themes-3000")).doesNotExist();
    }

    @Test
    void refusesANumberOfObservationsThatIsNotOne() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new BenchThemesCommand());
        command.setErr(new PrintWriter(err, true));
        assertThat(command.execute("--observations", "lots", "--duckdb-only")).isEqualTo(2);
        assertThat(err.toString()).contains("'lots' is not a whole number");
    }
}
