package fr.observatoire.reports.data;

/** A contributor's reporting status from {@code <lake>/quality/contributors}. */
public record ContributorStatus(String contributor, String sourceGroup, String status, String lastPeriod,
        Long daysSinceLastBatch, Double rejectRate, Double completenessPersons) {
}
