package fr.observatoire.analytics;

import fr.observatoire.lake.Lake;
import java.util.Objects;
import java.util.Set;

/**
 * What gap analysis to run.
 *
 * @param lake           the lake to read from and write {@code gaps/} and {@code gaps_dispersion/} into
 * @param periods        periods whose observations count as expressed needs
 * @param level          {@code departement}, {@code region} or {@code france}, or null for all three
 * @param populationYear year of the INSEE estimates used as target population; null: the year of
 *                       {@code periods.to()} when it is one, else the latest estimate (the nearest earlier
 *                       estimate is used when the year is not estimated)
 */
public record GapAnalysisRequest(Lake lake, PeriodRange periods, String level, Integer populationYear) {

    /** The levels the gap analysis computes: supply rates are compared where INSEE age bands exist. */
    public static final Set<String> LEVELS = Set.of("departement", "region", "france");

    public GapAnalysisRequest {
        Objects.requireNonNull(lake, "lake");
        periods = periods == null ? PeriodRange.all() : periods;
        level = TerritoryLevels.parse(level);
        if (level != null && !LEVELS.contains(level)) {
            throw new IllegalArgumentException("The gap analysis is computed for departement, region and france,"
                    + " not '" + level + "'");
        }
        if (populationYear == null && periods.to() != null && periods.to().matches("\\d{4}.*")) {
            populationYear = Integer.valueOf(periods.to().substring(0, 4));
        }
    }

    /** Every period and level, latest population estimate. */
    public static GapAnalysisRequest of(Lake lake) {
        return new GapAnalysisRequest(lake, PeriodRange.all(), null, null);
    }
}
