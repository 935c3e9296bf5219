package fr.observatoire.ingest.commit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.observatoire.lake.Lake;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkDirTest {

    @TempDir
    Path dir;

    @Test
    void sweepDeletesFoldersOfDeadOwnersAndKeepsLiveOnes() throws Exception {
        Lake lake = new Lake(dir);
        // what a killed process leaves: its folder and its unlocked owner file
        Files.createDirectories(lake.work().resolve("stage-dead"));
        Files.writeString(lake.work().resolve("stage-dead").resolve("part-0.parquet"), "x");
        Files.writeString(lake.work().resolve("stage-dead.owner"), "");
        // an owner file left by a process killed while it deleted its folder, long ago
        Files.writeString(lake.work().resolve("stage-old.owner"), "");
        Files.setLastModifiedTime(lake.work().resolve("stage-old.owner"),
                java.nio.file.attribute.FileTime.from(java.time.Instant.now().minus(java.time.Duration.ofHours(2))));

        try (WorkDir live = WorkDir.claim(lake, "stage-live")) {
            Files.writeString(live.path().resolve("part-0.parquet"), "y");

            assertThat(WorkDir.sweep(lake)).extracting(p -> p.getFileName().toString())
                    .containsExactly("stage-dead");
            assertThat(lake.work().resolve("stage-old.owner")).doesNotExist();
            assertThat(lake.work().resolve("stage-dead.owner")).as("recent: may be a new owner about to lock it")
                    .exists();
            assertThat(live.path().resolve("part-0.parquet")).exists();
        }
        try (var rest = Files.list(lake.work())) {
            assertThat(rest.map(p -> p.getFileName().toString()).toList()).containsExactly("stage-dead.owner");
        }
    }
}
