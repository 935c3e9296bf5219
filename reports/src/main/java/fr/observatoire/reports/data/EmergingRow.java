package fr.observatoire.reports.data;

/** One row of {@code <lake>/emerging}. */
public record EmergingRow(String publicCode, String needDomain, long observations, Double baselineMean, Double ratio,
        Double score, Double pValue, String status) {
}
