package fr.observatoire.analytics;

import fr.observatoire.lake.Lake;
import java.util.Objects;

/**
 * What to diagnose.
 *
 * @param lake    the lake to read observations and reference tables from and write {@code diagnostic/} into
 * @param periods periods to report (earlier periods are still read to compute the trend of the first one)
 * @param level   one output level ({@code departement}, {@code grouping:MEL}...), or null for every level
 */
public record DiagnosticsRequest(Lake lake, PeriodRange periods, String level) {

    public DiagnosticsRequest {
        Objects.requireNonNull(lake, "lake");
        periods = periods == null ? PeriodRange.all() : periods;
        level = TerritoryLevels.parse(level);
    }

    /** Every period and level. */
    public static DiagnosticsRequest of(Lake lake) {
        return new DiagnosticsRequest(lake, PeriodRange.all(), null);
    }
}
