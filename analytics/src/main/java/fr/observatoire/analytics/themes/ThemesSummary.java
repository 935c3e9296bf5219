package fr.observatoire.analytics.themes;

import fr.observatoire.analytics.JobSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What the themes job did.
 *
 * @param engine       {@code spark} or {@code duckdb}
 * @param output       {@code <lake>/themes}
 * @param observations observations of the selection with a non-empty text (analysed)
 * @param withThemes   of which with at least one theme
 * @param tables       rows written per table, in {@link ThemesColumns#TABLES} order
 * @param steps        wall-clock time per step (annotations, SQL steps, writes), in run order
 * @param elapsed      wall-clock time of the run
 */
public record ThemesSummary(String engine, Path output, long observations, long withThemes,
                            Map<String, Long> tables, Map<String, Duration> steps, Duration elapsed)
        implements JobSummary {

    public ThemesSummary {
        tables = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tables));
        steps = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(steps));
    }

    @Override
    public String job() {
        return ThemesJob.OUTPUT;
    }

    /** Rows of observation_themes: one per observation x theme. */
    @Override
    public long rows() {
        return tables.getOrDefault(ThemesColumns.OBSERVATION_THEMES, 0L);
    }
}
