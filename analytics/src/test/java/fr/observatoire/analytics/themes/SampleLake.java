package fr.observatoire.analytics.themes;

import fr.observatoire.ingest.Ingest;
import fr.observatoire.ingest.IngestRequest;
import fr.observatoire.ingest.stage.PipelinedStager;
import fr.observatoire.lake.Lake;
import fr.observatoire.reference.ReferenceImport;
import fr.observatoire.reference.ReferenceImportRequest;
import fr.observatoire.reference.Territories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The committed samples ingested as the demo does: the real reference data (COG 2026, INSEE, supply) imported,
 * then every sample batch of {@code data-samples/manifests/} through the real ingest (validation, redaction).
 */
final class SampleLake {

    static final Path SAMPLES = Path.of("..", "data-samples").toAbsolutePath().normalize();

    private SampleLake() {
    }

    static Lake build(Path root) {
        Lake lake = new Lake(root);
        Clock clock = Clock.systemUTC();
        Path supply = SAMPLES.resolve("supply");
        new ReferenceImport(clock).run(ReferenceImportRequest.defaults(lake, SAMPLES.resolve("reference")).withSupply(
                List.of(supply.resolve("finess_etablissements_20251231.csv"),
                        supply.resolve("habitat_inclusif_20251231.csv")),
                List.of(supply.resolve("finess_capacites_20251231.csv"))));
        Ingest ingest = new Ingest(new PipelinedStager(Territories.load(lake)), clock, line -> { });
        for (Path manifest : manifests()) {
            ingest.run(new IngestRequest(lake.root(), List.of(), null, null, Optional.of(manifest), "auto",
                    Optional.empty(), IngestRequest.DEFAULT_MAX_REJECT_RATIO, Optional.empty(), Optional.empty(),
                    false));
        }
        return lake;
    }

    private static List<Path> manifests() {
        try (Stream<Path> files = Files.list(SAMPLES.resolve("manifests"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
