package fr.observatoire.analytics.quality;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the quality job wrote.
 *
 * @param output       {@code <lake>/quality}, holding one folder per table
 * @param rows         rows written per table ({@code batches}, {@code reject_reasons}, {@code contributors},
 *                     {@code territories}, {@code reporting}), in that order
 * @param contributors contributors per reporting status ({@code a_jour}, {@code en_retard}, {@code silencieux})
 */
public record QualitySummary(Path output, Map<String, Long> rows, Map<String, Long> contributors) {

    public QualitySummary {
        rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
        contributors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(contributors));
    }
}
