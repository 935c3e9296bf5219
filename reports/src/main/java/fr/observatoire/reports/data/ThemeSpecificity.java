package fr.observatoire.reports.data;

/**
 * A theme over- or under-represented ({@code themes/specificities}): in a part ({@code actorGroup} "ensemble" for the
 * territory against the whole of its level, otherwise an actor group against the territory), {@code count} of its
 * {@code partObservations} observations mention the theme, against {@code totalCount} of {@code totalObservations}.
 */
public record ThemeSpecificity(String actorGroup, String theme, String label, long count, Long partObservations,
        Long totalCount, Long totalObservations, Double expected, Double score, Double pValue, String direction,
        Integer rank) {

    public static final String ENSEMBLE = "ensemble";
}
