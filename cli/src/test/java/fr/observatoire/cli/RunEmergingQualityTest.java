package fr.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.analytics.bench.BenchLake;
import fr.observatoire.analytics.bench.BenchLakeRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunEmergingQualityTest {

    @Test
    void runsEmergingAndQualityOnDuckDbAndPrintsWhatTheyWrote(@TempDir Path root) {
        new BenchLake().generate(new BenchLakeRequest(root, 5_000, 3L, Paths.get("..", "data-samples", "reference")));
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new RunCommand()).setOut(new PrintWriter(out));

        int emerging = command.execute("emerging", "--lake", root.toString(), "--engine", "duckdb", "--period", "2025");
        int quality = command.execute("quality", "--lake", root.toString(), "--engine", "duckdb",
                "--as-of", "2026-01-15");

        assertThat(emerging).isZero();
        assertThat(quality).isZero();
        assertThat(out.toString()).contains("emerging: ", "quality: ", "(duckdb, ");
        assertThat(root.resolve("emerging")).isDirectory();
        for (String table : new String[] {"batches", "reject_reasons", "contributors", "territories", "reporting"}) {
            assertThat(Files.isDirectory(root.resolve("quality").resolve(table))).as(table).isTrue();
        }
    }

    @Test
    void refusesAnAlphaOutsideZeroAndOne(@TempDir Path root) {
        new BenchLake().generate(new BenchLakeRequest(root, 100, 3L, Paths.get("..", "data-samples", "reference")));
        StringWriter err = new StringWriter();

        int exit = new CommandLine(new RunCommand()).setErr(new PrintWriter(err))
                .execute("emerging", "--lake", root.toString(), "--engine", "duckdb", "--alpha", "5");

        assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("alpha must be in (0, 1)");
    }
}
