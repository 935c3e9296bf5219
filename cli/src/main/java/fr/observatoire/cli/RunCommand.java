package fr.observatoire.cli;

import fr.observatoire.analytics.DiagnosticsJob;
import fr.observatoire.analytics.DiagnosticsRequest;
import fr.observatoire.analytics.GapAnalysisJob;
import fr.observatoire.analytics.GapAnalysisRequest;
import fr.observatoire.analytics.JobSummary;
import fr.observatoire.analytics.PeriodRange;
import fr.observatoire.analytics.TerritoryLevels;
import fr.observatoire.analytics.duckdb.DuckDbEngine;
import fr.observatoire.analytics.emerging.EmergingJob;
import fr.observatoire.analytics.emerging.EmergingRequest;
import fr.observatoire.analytics.quality.QualityJob;
import fr.observatoire.analytics.quality.QualityRequest;
import fr.observatoire.analytics.themes.ThemesJob;
import fr.observatoire.analytics.themes.ThemesRequest;
import fr.observatoire.analytics.themes.ThemeVocabulary;
import fr.observatoire.analytics.engine.Engine;
import fr.observatoire.analytics.engine.EngineKind;
import fr.observatoire.lake.Lake;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code observatory run diagnostic|gaps|emerging|quality|themes|all}: runs analytics jobs on the lake with Spark or DuckDB and prints, per
 * job, the rows written, the engine and the time.
 */
@Command(name = "run",
        description = {"Run analytics jobs on the lake: diagnostic (needs per territory, period, public and domain),"
                + " gaps (supply against need per territory and category), emerging (needs new or rising"
                + " significantly in a territory), quality (completeness, rejects, duplicates, freshness, who"
                + " stopped reporting), themes (qualitative analysis of the free text in French: themes, specificities,"
                + " co-occurrences, concordance), or all of them.",
                "Spark and DuckDB compute the same outputs; DuckDB is faster on one machine, Spark scales out."},
        mixinStandardHelpOptions = true,
        footerHeading = "%nExamples:%n",
        footer = {"  observatory run all --lake lake",
                "  observatory run diagnostic --lake lake --period 2025 --level departement --engine duckdb",
                "  observatory run diagnostic --lake lake --from 2023 --to 2025 --level grouping:MEL",
                "  observatory run gaps --lake lake --period 2025 --population-year 2025",
                "  observatory run emerging --lake lake --period 2025 --alpha 0.01 --min-count 5",
                "  observatory run quality --lake lake --as-of 2025-12-31 --engine duckdb",
                "  observatory run themes --lake lake --from 2023 --to 2025 --level departement --engine duckdb",
                "  observatory run themes --lake lake --min-cell 10 --max-terms 200",
                "  spark-submit --class fr.observatoire.cli.Observatory observatory-cli-spark.jar run all"
                        + " --lake /shared/lake --engine spark",
                "  observatory run all --lake lake --engine spark --master spark://127.0.0.1:7077"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every job ran", "1:software error (a job failed)",
                "2:usage error (unknown job, engine or level, inconsistent periods, no lake)"})
public final class RunCommand implements Callable<Integer> {

    /**
     * The jobs this command runs, in the order {@code all} runs them. Another job is one more constant here and
     * one more case in {@link #run(Job, Engine, Lake)}.
     */
    enum Job {
        DIAGNOSTIC, GAPS, EMERGING, QUALITY, THEMES;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "JOB", description = "diagnostic, gaps, emerging, quality, themes or all.")
    String job;

    @Option(names = "--lake", paramLabel = "DIR", defaultValue = "lake", description = "Lake root (default: ${DEFAULT-VALUE}).")
    Path lake;

    @Option(names = "--period", paramLabel = "P", description = "One period, e.g. 2025 (default: every period).")
    String period;

    @Option(names = "--from", paramLabel = "A", description = "First period of a range, e.g. 2023.")
    String from;

    @Option(names = "--to", paramLabel = "B", description = "Last period of a range, e.g. 2025.")
    String to;

    @Option(names = "--level", paramLabel = "LEVEL",
            description = "Only this level: commune, epci, departement, region, france or grouping:NAME"
                    + " (gaps: departement, region or france).")
    String level;

    @Option(names = "--population-year", paramLabel = "YEAR",
            description = "Gaps: year of the INSEE estimates used as target population (default: the last period's"
                    + " year, else the latest estimate).")
    Integer populationYear;

    @Option(names = "--baseline-periods", paramLabel = "K", defaultValue = "3",
            description = "Emerging: periods before the tested one that form the baseline (default: ${DEFAULT-VALUE}).")
    int baselinePeriods;

    @Option(names = "--min-count", paramLabel = "N", defaultValue = "5",
            description = "Emerging: minimum observations of a cell in the tested period (default: ${DEFAULT-VALUE}).")
    long minCount;

    @Option(names = "--alpha", paramLabel = "P", defaultValue = "0.01",
            description = "Emerging: significance level of the test (default: ${DEFAULT-VALUE}).")
    double alpha;

    @Option(names = "--min-ratio", paramLabel = "R", defaultValue = "1.5",
            description = "Emerging: minimum ratio to the baseline mean for en_hausse (default: ${DEFAULT-VALUE}).")
    double minRatio;

    @Option(names = "--min-cell", paramLabel = "N", defaultValue = "5",
            description = "Themes: disclosure threshold, the fewest observations of a concordance cell (default:"
                    + " ${DEFAULT-VALUE}).")
    long minCell;

    @Option(names = "--min-term-observations", paramLabel = "N", defaultValue = "5",
            description = "Themes: observations a term needs to be analysed (default: ${DEFAULT-VALUE}).")
    long minTermObservations;

    @Option(names = "--max-terms", paramLabel = "N", defaultValue = "100",
            description = "Themes: the most frequent terms analysed (default: ${DEFAULT-VALUE}).")
    int maxTerms;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Quality: the day freshness is measured at, yyyy-MM-dd (default: today, UTC).")
    java.time.LocalDate asOf;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "spark",
            description = "spark or duckdb (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master, e.g. local[*] or spark://host:7077 (default: the configured spark.master,"
                    + " else local[*]).")
    String master;

    @Override
    public Integer call() {
        List<Job> jobs = jobs();
        EngineKind kind = parse(() -> EngineKind.parse(engine));
        PeriodRange periods = periods();
        String outputLevel = parse(() -> TerritoryLevels.parse(level));
        if (!Files.isDirectory(lake)) {
            throw new ParameterException(spec.commandLine(), "No lake at " + lake.toAbsolutePath());
        }
        Lake target = new Lake(lake);
        PrintWriter out = spec.commandLine().getOut();
        try (Engine opened = open(kind)) {
            for (Job each : jobs) {
                JobSummary summary = run(each, opened, target, periods, outputLevel, out);
                out.printf(Locale.ROOT, "%s: %,d rows -> %s (%s, %.1f s)%n", summary.job(), summary.rows(),
                        summary.output(), summary.engine(), summary.elapsed().toMillis() / 1000.0);
                out.flush();
            }
        }
        return CommandLine.ExitCode.OK;
    }

    private JobSummary run(Job each, Engine opened, Lake target, PeriodRange periods, String outputLevel,
                           PrintWriter out) {
        return switch (each) {
            case DIAGNOSTIC -> new DiagnosticsJob(opened).run(new DiagnosticsRequest(target, periods, outputLevel));
            case GAPS -> {
                String gapsLevel = outputLevel;
                if (gapsLevel != null && !GapAnalysisRequest.LEVELS.contains(gapsLevel)) {
                    if (jobs().size() == 1) {
                        throw new ParameterException(spec.commandLine(), "The gap analysis is computed for"
                                + " departement, region and france, not " + gapsLevel);
                    }
                    out.println("gaps: level " + gapsLevel + " not computed; departement, region and france instead");
                    gapsLevel = null;
                }
                yield new GapAnalysisJob(opened).run(new GapAnalysisRequest(target, periods, gapsLevel, populationYear));
            }
            // emerging and quality judge one period: --period, or the end of --from/--to, or the latest
            case EMERGING -> new EmergingJob(opened).run(parse(() -> new EmergingRequest(target, periods.to(),
                    baselinePeriods, minCount, alpha, minRatio)));
            case QUALITY -> new QualityJob(opened).run(new QualityRequest(target,
                    asOf != null ? asOf : java.time.LocalDate.now(java.time.ZoneOffset.UTC), periods.to()));
            case THEMES -> new ThemesJob(opened).run(parse(() -> new ThemesRequest(target, periods, outputLevel,
                    minCell, minTermObservations, maxTerms, ThemesRequest.DEFAULT_MAX_ITEMS,
                    ThemesRequest.DEFAULT_MAX_PAIRS, ThemesRequest.DEFAULT_PAIRED_TERMS, ThemesRequest.DEFAULT_MAX_LINES,
                    ThemesRequest.DEFAULT_ALPHA,
                    ThemeVocabulary.standard())));
        };
    }

    private List<Job> jobs() {
        String name = job == null ? "" : job.strip().toLowerCase(Locale.ROOT);
        if (name.equals("all")) {
            return List.of(Job.values());
        }
        for (Job each : Job.values()) {
            if (each.code().equals(name)) {
                return List.of(each);
            }
        }
        List<String> names = new ArrayList<>();
        for (Job each : Job.values()) {
            names.add(each.code());
        }
        throw new ParameterException(spec.commandLine(), "Unknown job '" + job + "': expected "
                + String.join(", ", names) + " or all");
    }

    private PeriodRange periods() {
        if (period != null && (from != null || to != null)) {
            throw new ParameterException(spec.commandLine(), "Give either --period or --from/--to, not both");
        }
        return parse(() -> period != null ? PeriodRange.single(period) : new PeriodRange(from, to));
    }

    private Engine open(EngineKind kind) {
        return kind == EngineKind.DUCKDB ? new DuckDbEngine() : LocalSparkEngine.open("observatory run", master);
    }

    private <T> T parse(java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
