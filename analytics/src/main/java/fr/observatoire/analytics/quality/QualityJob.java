package fr.observatoire.analytics.quality;

import fr.observatoire.analytics.LakeSources;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.engine.OutputFolders;
import fr.observatoire.analytics.engine.Step;
import fr.observatoire.lake.Lake;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Data quality per batch, contributor, territory and period: completeness of optional fields, reject rates by
 * reason, duplicates, freshness and reporting (who is expected, who sent, who fell silent). Writes five tables
 * under {@code <lake>/quality/} (see {@link #TABLES}). Engine-neutral: the same steps run on Spark and DuckDB.
 */
public final class QualityJob {

    /** Output folder name under the lake. */
    public static final String OUTPUT = "quality";

    /** The tables written under {@code <lake>/quality/}, each from the view {@code quality_<table>}. */
    public static final List<String> TABLES = List.of("batches", "reject_reasons", "contributors", "territories",
            "reporting");

    private final Engine engine;

    public QualityJob(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    public QualitySummary run(QualityRequest request) {
        long start = System.nanoTime();
        Lake lake = request.lake();
        engine.register(LakeSources.observations(lake));
        engine.register(QualitySources.ledger(lake));
        engine.register(QualitySources.rejects(lake));
        engine.register(QualitySources.contributors(lake));
        engine.run(steps(request));
        Path output = lake.output(OUTPUT);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : TABLES) {
            rows.put(table, engine.write("quality_" + table, output.resolve(table)));
        }
        deleteIfEmpty(output.resolve("_work"));
        Map<String, Long> statuses = new LinkedHashMap<>();
        for (String status : List.of("a_jour", "en_retard", "silencieux")) {
            statuses.put(status, 0L);
        }
        for (List<Object> row : engine.collect("quality_status_counts")) {
            statuses.put((String) row.get(0), (Long) row.get(1));
        }
        return new QualitySummary(engine.name(), output, rows, statuses, Duration.ofNanos(System.nanoTime() - start));
    }

    static List<Step> steps(QualityRequest request) {
        String asOf = request.asOf().toString();
        return List.of(
                Step.of("quality_ledger", "quality/01_ledger.sql"),
                Step.of("quality_rows", "quality/02_rows.sql"),
                Step.of("quality_batches", "quality/03_batches.sql"),
                Step.of("quality_reject_reasons", "quality/04_reject_reasons.sql"),
                Step.of("quality_contributors", "quality/05_contributors.sql", asOf, request.period()),
                Step.of("quality_territories", "quality/06_territories.sql", asOf),
                Step.of("quality_reporting", "quality/07_reporting.sql"),
                Step.of("quality_status_counts", "quality/08_status_counts.sql"));
    }

    private static void deleteIfEmpty(Path folder) {
        try (var entries = Files.list(folder)) {
            if (entries.findAny().isEmpty()) {
                OutputFolders.deleteRecursively(folder);
            }
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            // nothing to tidy: the folder is absent or busy with another writer
        }
    }
}
