package fr.observatoire.analytics;

import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.engine.ParquetSource;
import fr.observatoire.analytics.engine.SqlType;
import fr.observatoire.analytics.engine.TableSchema;
import fr.observatoire.analytics.gaps.Crosswalk;
import fr.observatoire.analytics.gaps.GapSteps;
import fr.observatoire.lake.Lake;
import fr.observatoire.lake.ReferenceTable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The gap analysis: per territory (departement, region, France) x supply category, places against the target
 * population band, compared with the national and regional medians of departement rates, places missing to reach
 * the national median, needs expressed in the observations and zones blanches; plus the dispersion of departement
 * rates per category. Writes {@code <lake>/gaps} and {@code <lake>/gaps_dispersion} (see
 * {@code docs/analytics-outputs.md}). The same steps run on Spark and DuckDB.
 */
public final class GapAnalysisJob {

    /** Name of the job and of its main output folder. */
    public static final String NAME = "gaps";

    /** Folder of the dispersion table. */
    public static final String DISPERSION = "gaps_dispersion";

    private final Engine engine;
    private final Crosswalk crosswalk;

    public GapAnalysisJob(Engine engine) {
        this(engine, Crosswalk.load());
    }

    public GapAnalysisJob(Engine engine, Crosswalk crosswalk) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.crosswalk = Objects.requireNonNull(crosswalk, "crosswalk");
    }

    public GapAnalysisSummary run(GapAnalysisRequest request) {
        long start = System.nanoTime();
        Lake lake = request.lake();
        // Supply without any observation yet is still worth comparing: observations are optional here.
        engine.register(new ParquetSource("observations", lake.observations(), LakeSources.OBSERVATIONS, false));
        engine.register(LakeSources.reference(lake, ReferenceTable.SUPPLY, true));
        engine.register(LakeSources.reference(lake, ReferenceTable.COMMUNES, true));
        engine.register(LakeSources.reference(lake, ReferenceTable.DEPARTEMENTS, true));
        engine.register(LakeSources.reference(lake, ReferenceTable.POPULATION, true));
        crosswalk.register(engine);
        engine.register("gaps_need_kinds", TableSchema.of("kind", SqlType.STRING),
                GapSteps.NEED_KINDS.stream().map(k -> List.<Object>of(k.code())).toList());
        engine.run(GapSteps.steps(request.periods(), request.level(), request.populationYear()));
        Path output = lake.output(NAME);
        Path dispersion = lake.output(DISPERSION);
        long rows = engine.write(GapSteps.OUTPUT, output);
        long dispersionRows = engine.write(GapSteps.DISPERSION, dispersion);
        long zonesBlanches = ((Number) engine.collect("gp_zones_blanches").get(0).get(0)).longValue();
        return new GapAnalysisSummary(engine.name(), rows, zonesBlanches, dispersionRows, output, dispersion,
                Duration.ofNanos(System.nanoTime() - start));
    }
}
