package fr.observatoire.analytics.emerging;

import fr.observatoire.analytics.JobSummary;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What the emerging-needs job did.
 *
 * @param engine          {@code spark} or {@code duckdb}
 * @param output          the dataset folder written, {@code <lake>/emerging}
 * @param period          the period tested (null when the lake has no period)
 * @param baselinePeriods the baseline periods found before it (0: nothing could be tested)
 * @param cells           territory x public x domain cells with observations in the tested or baseline periods
 * @param flagged         rows written: cells flagged nouveau or en_hausse
 * @param nouveaux        of which nouveau
 * @param elapsed         wall-clock time of the run
 */
public record EmergingSummary(String engine, Path output, String period, int baselinePeriods, long cells,
                              long flagged, long nouveaux, Duration elapsed) implements JobSummary {

    @Override
    public String job() {
        return EmergingJob.OUTPUT;
    }

    @Override
    public long rows() {
        return flagged;
    }
}
