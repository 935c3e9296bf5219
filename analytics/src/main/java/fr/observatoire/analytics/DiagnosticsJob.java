package fr.observatoire.analytics;

import fr.observatoire.analytics.diagnostic.DiagnosticSteps;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.lake.Lake;
import fr.observatoire.lake.ReferenceTable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * The shared territorial diagnostic: per territory x period x public x need domain, observations, persons, rate per
 * 10,000 of the public's population band, convergence of the four actor groups, severity, waiting time, trend, rank
 * and robust z-score. Writes {@code <lake>/diagnostic} (see {@code docs/analytics-outputs.md}). The same steps run
 * on Spark and DuckDB.
 */
public final class DiagnosticsJob {

    /** Name of the job and of its output folder. */
    public static final String NAME = "diagnostic";

    private final Engine engine;

    public DiagnosticsJob(Engine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    public DiagnosticsSummary run(DiagnosticsRequest request) {
        long start = System.nanoTime();
        Lake lake = request.lake();
        engine.register(LakeSources.observations(lake));
        engine.register(LakeSources.reference(lake, ReferenceTable.COMMUNES, true));
        engine.register(LakeSources.reference(lake, ReferenceTable.DEPARTEMENTS, true));
        engine.register(LakeSources.reference(lake, ReferenceTable.POPULATION, true));
        engine.register(LakeSources.reference(lake, ReferenceTable.GROUPINGS, false));
        VocabularyViews.register(engine);
        engine.run(DiagnosticSteps.steps(request.periods(), request.level()));
        Path output = lake.output(NAME);
        long rows = engine.write(DiagnosticSteps.OUTPUT, output);
        engine.run(DiagnosticSteps.sharedCount());
        long shared = ((Number) engine.collect(DiagnosticSteps.sharedCount().view()).get(0).get(0)).longValue();
        return new DiagnosticsSummary(engine.name(), rows, shared, output, Duration.ofNanos(System.nanoTime() - start));
    }
}
