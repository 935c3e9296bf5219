package fr.observatoire.analytics.emerging;

import fr.observatoire.lake.Lake;
import java.util.Objects;

/**
 * What the emerging-needs job tests.
 *
 * @param lake            the lake read and written ({@code <lake>/emerging/})
 * @param period          the period tested, e.g. {@code "2025"}; null for the latest period of the lake
 * @param baselinePeriods how many periods before it form the baseline (at least 1; fewer when the lake has fewer)
 * @param minCount        minimum observations of a cell in the tested period for it to be tested at all
 * @param alpha           significance level: a cell is flagged when its p-value is below it
 * @param minRatio        minimum ratio of the tested count to the baseline mean for {@code en_hausse} (effect size)
 */
public record EmergingRequest(Lake lake, String period, int baselinePeriods, long minCount, double alpha,
                              double minRatio) {

    public static final int DEFAULT_BASELINE_PERIODS = 3;
    public static final long DEFAULT_MIN_COUNT = 5;
    public static final double DEFAULT_ALPHA = 0.01;
    public static final double DEFAULT_MIN_RATIO = 1.5;

    public EmergingRequest {
        Objects.requireNonNull(lake, "lake");
        if (baselinePeriods < 1) {
            throw new IllegalArgumentException("baselinePeriods must be at least 1, was " + baselinePeriods);
        }
        if (minCount < 1) {
            throw new IllegalArgumentException("minCount must be at least 1, was " + minCount);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), was " + alpha);
        }
        if (!(minRatio >= 1)) {
            throw new IllegalArgumentException("minRatio must be at least 1, was " + minRatio);
        }
    }

    /** The documented defaults: 3 baseline periods, at least 5 observations, p &lt; 0.01, ratio &ge; 1.5. */
    public static EmergingRequest of(Lake lake, String period) {
        return new EmergingRequest(lake, period, DEFAULT_BASELINE_PERIODS, DEFAULT_MIN_COUNT, DEFAULT_ALPHA,
                DEFAULT_MIN_RATIO);
    }
}
