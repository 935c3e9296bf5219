package fr.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchJobsCommandTest {

    @Test
    void refusesASizeThatIsNotANumberWithTheUsageExitCode() {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new BenchJobsCommand()).setErr(new PrintWriter(err))
                .execute("--observations", "1000000,ten");

        assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("'ten' is not a whole number");
    }

    @Test
    void refusesAnUnknownJobNamingTheKnownOnes() {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new BenchJobsCommand()).setErr(new PrintWriter(err))
                .execute("--observations", "1000", "--jobs", "emerging,forecast");

        assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("unknown job 'forecast'", "diagnostic", "gaps", "emerging", "quality");
    }

    @Test
    void refusesAnUnknownEngineSelectionWithTheUsageExitCode() {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new BenchJobsCommand()).setErr(new PrintWriter(err))
                .execute("--observations", "1000", "--engines", "postgres");

        assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("'postgres' is not one of duckdb, spark, both");
    }

    @Test
    void refusesFewerThanOneRepeat() {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new BenchJobsCommand()).setErr(new PrintWriter(err))
                .execute("--observations", "1000", "--repeats", "0");

        assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("--repeats: must be at least 1");
    }

    @Test
    void showsExamplesInItsHelp() {
        StringWriter out = new StringWriter();
        int exit = new CommandLine(new BenchJobsCommand()).setOut(new PrintWriter(out)).execute("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("observatory bench jobs --observations 1000000,10000000",
                "--engines duckdb", "--repeats");
    }
}
