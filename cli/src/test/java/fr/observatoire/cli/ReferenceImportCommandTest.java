package fr.observatoire.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceImportCommandTest {

    static Path shippedReference() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("data-samples").resolve("reference");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("data-samples/reference not found");
    }

    @Test
    void importsTheShippedReferenceAndPrintsEachTableWithItsQuirks(@TempDir Path lake) {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new ReferenceCommand());
        command.setOut(new PrintWriter(out));
        int exit = command.execute("import", "--lake", lake.toString(), "--from", shippedReference().toString());
        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("communes         34,969 rows")
                .contains("vintage: COG 2026; population municipale 2023")
                .contains("- TOTAL rows dropped: 2313")
                .contains("- DREES: 20 (Corse, 2018–2020) kept as 20: not split into 2A/2B");
        assertThat(lake.resolve("reference/communes/communes.parquet")).exists();
        assertThat(lake.resolve("reference/aide_sociale/aide_sociale.parquet")).exists();
    }

    @Test
    void refusesAMissingInputFileAsAUsageError(@TempDir Path lake) {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new ReferenceCommand());
        command.setErr(new PrintWriter(err));
        int exit = command.execute("import", "--lake", lake.toString(), "--from", shippedReference().toString(),
                "--supply", lake.resolve("nowhere.csv").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("No such file: ").contains("nowhere.csv");
        assertThat(lake.resolve("reference")).doesNotExist();
    }
}
