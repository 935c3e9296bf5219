package fr.observatoire.analytics.emerging;

import fr.observatoire.analytics.LakeSources;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.engine.Step;
import fr.observatoire.lake.Lake;
import fr.observatoire.lake.ReferenceTable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Emerging needs: per territory (every level of the diagnostic) x public x need domain, the need observations of
 * the tested period against the baseline periods before it, flagged {@code nouveau} or {@code en_hausse} when a
 * conditional binomial test says the rise is not noise (see {@code sql/emerging/04_emerging.sql} and
 * {@code docs/analytics-emerging-quality.md}). Engine-neutral: the same steps run on Spark and DuckDB.
 */
public final class EmergingJob {

    /** Output folder name under the lake. */
    public static final String OUTPUT = "emerging";

    private final Engine engine;

    public EmergingJob(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    public EmergingSummary run(EmergingRequest request) {
        long start = System.nanoTime();
        Lake lake = request.lake();
        engine.register(LakeSources.observations(lake));
        engine.register(LakeSources.reference(lake, ReferenceTable.GROUPINGS, false));
        engine.run(steps(request));
        List<List<Object>> periods = engine.collect("emerging_periods");
        String tested = periods.stream().filter(row -> "courante".equals(row.get(1)))
                .map(row -> (String) row.get(0)).findFirst().orElse(null);
        int baseline = (int) periods.stream().filter(row -> "reference".equals(row.get(1))).count();
        Path output = lake.output(OUTPUT);
        long flagged = engine.write("emerging", output);
        long nouveaux = engine.collect("emerging").stream()
                .filter(row -> EmergingColumns.NOUVEAU.equals(row.get(11))).count();
        return new EmergingSummary(engine.name(), output, tested, baseline, engine.count("emerging_counts"), flagged,
                nouveaux, Duration.ofNanos(System.nanoTime() - start));
    }

    static List<Step> steps(EmergingRequest request) {
        return List.of(
                Step.of("emerging_periods", "emerging/01_periods.sql", request.period(), request.baselinePeriods()),
                Step.of("emerging_needs", "emerging/02_needs.sql"),
                Step.of("emerging_counts", "emerging/03_counts.sql"),
                Step.of("emerging", "emerging/04_emerging.sql", request.minCount(), request.alpha(),
                        request.minRatio()));
    }
}
