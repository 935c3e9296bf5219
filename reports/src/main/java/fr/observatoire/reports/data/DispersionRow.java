package fr.observatoire.reports.data;

/** One row of {@code <lake>/gaps_dispersion}: how much a category's equipment rate varies between départements. */
public record DispersionRow(String category, String publicCode, Integer departements, Double mean, Double stddev,
        Double coefficientOfVariation) {
}
