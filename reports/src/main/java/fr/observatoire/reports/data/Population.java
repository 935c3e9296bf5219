package fr.observatoire.reports.data;

/** Population municipale of a territory, summed over its communes, with where it comes from. */
public record Population(Long population, long communes, String source, String vintage) {
}
