package fr.observatoire.reports.data;

/** One row of {@code <lake>/gaps}: an equipment category for a public in a territory. */
public record GapRow(String publicCode, String category, Long places, Long targetPopulation, Double placesPer1000,
        Double nationalMedian, Double regionalMedian, Double placesToReference, Long expressedNeedPersons,
        boolean zoneBlanche, Integer priorityRank, Long expressedNeedObservations) {
}
