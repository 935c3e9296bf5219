package fr.observatoire.reports.view;

/** One period of the trend chart; {@code value} is null when hidden. */
public record SeriesPoint(String period, Long value) {
}
