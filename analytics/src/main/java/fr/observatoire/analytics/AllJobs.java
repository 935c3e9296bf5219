package fr.observatoire.analytics;

import fr.observatoire.analytics.emerging.EmergingJob;
import fr.observatoire.analytics.emerging.EmergingRequest;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.quality.QualityJob;
import fr.observatoire.analytics.quality.QualityRequest;
import fr.observatoire.analytics.themes.ThemesJob;
import fr.observatoire.analytics.themes.ThemesRequest;
import fr.observatoire.lake.Lake;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The five jobs with their default settings over every period, in order: what a département's request needs
 * refreshed before its report is written. {@code observatory run} exposes each job's own options.
 */
public final class AllJobs {

    private final Engine engine;
    private final Clock clock;

    public AllJobs(Engine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    public List<JobSummary> run(Lake lake) {
        PeriodRange every = PeriodRange.all();
        return List.of(
                new DiagnosticsJob(engine).run(new DiagnosticsRequest(lake, every, null)),
                new GapAnalysisJob(engine).run(new GapAnalysisRequest(lake, every, null, null)),
                new EmergingJob(engine).run(EmergingRequest.of(lake, null)),
                new QualityJob(engine).run(new QualityRequest(lake, LocalDate.now(clock), null)),
                new ThemesJob(engine).run(ThemesRequest.of(lake, every, null)));
    }
}
