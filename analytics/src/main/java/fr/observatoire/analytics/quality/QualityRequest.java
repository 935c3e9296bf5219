package fr.observatoire.analytics.quality;

import fr.observatoire.lake.Lake;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the quality job measures.
 *
 * @param lake   the lake read and written ({@code <lake>/quality/})
 * @param asOf   the day freshness is measured at (the run's date: pass {@code LocalDate.now(clock)})
 * @param period the period whose reporting is judged, e.g. {@code "2025"}; null for the latest period of the lake
 */
public record QualityRequest(Lake lake, LocalDate asOf, String period) {

    public QualityRequest {
        Objects.requireNonNull(lake, "lake");
        Objects.requireNonNull(asOf, "asOf");
    }
}
