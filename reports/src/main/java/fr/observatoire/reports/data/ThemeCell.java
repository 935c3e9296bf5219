package fr.observatoire.reports.data;

/** One theme of a territory with its observations per actor group (site-wide disclosure control). */
public record ThemeCell(String level, String code, String theme, long observations, long usagersHabitants, long professionnels,
        long decideurs, long financeurs) {

    /** In {@link fr.observatoire.vocabulary.ActorGroup} order. */
    public long[] byActorGroup() {
        return new long[] {usagersHabitants, professionnels, decideurs, financeurs};
    }
}
