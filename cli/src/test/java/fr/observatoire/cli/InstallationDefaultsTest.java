package fr.observatoire.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class InstallationDefaultsTest {

    @TempDir
    Path home;

    @Test
    void resolvesASampleFolderDefaultAgainstTheInstallationWhenTheCurrentFolderLacksIt() throws Exception {
        // Tests run in cli/, which has no data-samples/ of its own.
        assertThat(Path.of("data-samples")).doesNotExist();
        Files.createDirectories(home.resolve("data-samples/reference"));
        BenchJobsCommand command = new BenchJobsCommand();
        new CommandLine(command).setDefaultValueProvider(new InstallationDefaults(home.toString()))
                .parseArgs("--observations", "10");
        assertThat(command.lake.referenceDir).isEqualTo(home.resolve("data-samples/reference"));
    }

    @Test
    void keepsTheDeclaredDefaultWhenTheInstallationLacksItToo() {
        BenchJobsCommand command = new BenchJobsCommand();
        new CommandLine(command).setDefaultValueProvider(new InstallationDefaults(home.toString()))
                .parseArgs("--observations", "10");
        assertThat(command.lake.referenceDir).isEqualTo(Path.of("data-samples/reference"));
    }
}
