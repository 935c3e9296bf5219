package fr.observatoire.analytics;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A diagnostic run: rows written to {@code <lake>/diagnostic}, of which {@code sharedFindings} have at least three
 * converging actor groups.
 */
public record DiagnosticsSummary(String engine, long rows, long sharedFindings, Path output, Duration elapsed)
        implements JobSummary {

    @Override
    public String job() {
        return "diagnostic";
    }
}
