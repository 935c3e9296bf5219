package fr.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.analytics.bench.BenchLake;
import fr.observatoire.analytics.bench.BenchLakeRequest;
import fr.observatoire.analytics.bench.BenchTexts;
import fr.observatoire.lake.Lake;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RunThemesTest {

    @Test
    void runsThemesOnDuckDbAndWritesItsFiveTables(@TempDir Path root) throws Exception {
        Lake lake = new BenchLake().generate(new BenchLakeRequest(root, 5_000, 3L,
                Paths.get("..", "data-samples", "reference"))).lake();
        new BenchTexts().add(lake, 3L);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new RunCommand());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int code = command.execute("themes", "--lake", root.toString(), "--engine", "duckdb", "--level",
                "departement", "--from", "2024", "--to", "2025", "--min-cell", "10");
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("themes: [0-9,]+ rows -> .*themes \\(duckdb, [0-9.]+ s\\)");
        for (String table : new String[] {"observation_themes", "theme_counts", "specificities", "cooccurrences",
                "concordance"}) {
            try (var files = Files.list(lake.output("themes").resolve(table))) {
                assertThat(files.filter(f -> f.toString().endsWith(".parquet"))).as(table).isNotEmpty();
            }
        }
    }

    @Test
    void refusesAMinCellBelowOne(@TempDir Path root) throws Exception {
        new BenchLake().generate(new BenchLakeRequest(root, 100, 3L, Paths.get("..", "data-samples", "reference")));
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new RunCommand());
        command.setErr(new PrintWriter(err, true));
        assertThat(command.execute("themes", "--lake", root.toString(), "--engine", "duckdb", "--min-cell", "0"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("minCell must be at least 1");
    }
}
