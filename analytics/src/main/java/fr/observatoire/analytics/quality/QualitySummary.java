package fr.observatoire.analytics.quality;

import fr.observatoire.analytics.JobSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the quality job wrote.
 *
 * @param engine       {@code spark} or {@code duckdb}
 * @param output       {@code <lake>/quality}, holding one folder per table
 * @param tables       rows written per table ({@code batches}, {@code reject_reasons}, {@code contributors},
 *                     {@code territories}, {@code reporting}), in that order
 * @param contributors contributors per reporting status ({@code a_jour}, {@code en_retard}, {@code silencieux})
 * @param elapsed      wall-clock time of the run
 */
public record QualitySummary(String engine, Path output, Map<String, Long> tables, Map<String, Long> contributors,
                             Duration elapsed) implements JobSummary {

    public QualitySummary {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        contributors = Collections.unmodifiableMap(new LinkedHashMap<>(contributors));
    }

    @Override
    public String job() {
        return QualityJob.OUTPUT;
    }

    /** Rows of all five tables. */
    @Override
    public long rows() {
        return tables.values().stream().mapToLong(Long::longValue).sum();
    }
}
