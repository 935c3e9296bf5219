package fr.observatoire.reports.view;

/** A headline figure with what it is counted over (its denominator or source). */
public record KeyFigure(String label, String value, String denominator) {
}
