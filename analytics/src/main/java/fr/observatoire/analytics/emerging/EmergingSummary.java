package fr.observatoire.analytics.emerging;

import java.nio.file.Path;

/**
 * What the emerging-needs job did.
 *
 * @param output          the dataset folder written, {@code <lake>/emerging}
 * @param period          the period tested (null when the lake has no period)
 * @param baselinePeriods the baseline periods found before it (0: nothing could be tested)
 * @param cells           territory x public x domain cells with observations in the tested or baseline periods
 * @param flagged         rows written: cells flagged nouveau or en_hausse
 * @param nouveaux        of which nouveau
 */
public record EmergingSummary(Path output, String period, int baselinePeriods, long cells, long flagged,
                              long nouveaux) {
}
