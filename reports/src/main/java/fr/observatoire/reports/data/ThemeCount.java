package fr.observatoire.reports.data;

/**
 * A theme of a territory ({@code themes/theme_counts}): observations mentioning it, observations with a text, its
 * share, its observations per actor group, how many groups mention it and its rank.
 */
public record ThemeCount(String theme, String label, long observations, Long territoryObservations, Double share,
        long usagersHabitants, long professionnels, long decideurs, long financeurs, Integer sourceGroups,
        Integer rank) {

    /** Observations per actor group, in {@link fr.observatoire.vocabulary.ActorGroup} order. */
    public long[] byActorGroup() {
        return new long[] {usagersHabitants, professionnels, decideurs, financeurs};
    }
}
