package fr.observatoire.reports.data;

/** One row of {@code <lake>/diagnostic} for a territory and period: a public × need domain cell. */
public record DiagnosticRow(String period, String publicCode, String needDomain, long observations, long persons,
        Long population, String denominator, Double ratePer10k, int sourceGroups, boolean shared,
        double shareUsagersHabitants, double shareProfessionnels, double shareDecideurs, double shareFinanceurs,
        Double meanSeverity, Double medianWaitingDays, String trend, Integer rank, Double robustZ) {
}
