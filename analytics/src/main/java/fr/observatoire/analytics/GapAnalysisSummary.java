package fr.observatoire.analytics;

import java.nio.file.Path;
import java.time.Duration;

/**
 * A gap analysis run: rows written to {@code <lake>/gaps} (of which {@code zonesBlanches} are zones blanches) and
 * to {@code <lake>/gaps_dispersion}.
 */
public record GapAnalysisSummary(String engine, long rows, long zonesBlanches, long dispersionRows, Path output,
                                 Path dispersionOutput, Duration elapsed) implements JobSummary {

    @Override
    public String job() {
        return "gaps";
    }
}
