package fr.observatoire.analytics.diagnostic;

import fr.observatoire.analytics.PeriodRange;
import fr.observatoire.analytics.engine.Step;
import fr.observatoire.vocabulary.ActorGroup;
import java.util.List;

/**
 * The diagnostic as a sequence of SQL steps (resources under {@code sql/diagnostic/}), reading the views
 * {@code observations}, {@code ref_communes}, {@code ref_departements}, {@code ref_population},
 * {@code ref_groupings} and the vocabulary views; the last step is the view {@link #OUTPUT}.
 */
public final class DiagnosticSteps {

    /** The view holding the published table. */
    public static final String OUTPUT = "diagnostic";

    /** Fewest territories with a rate for which a robust z-score is given. */
    public static final int ROBUST_Z_MIN_TERRITORIES = 5;

    private DiagnosticSteps() {
    }

    /** A step counting the shared findings of {@link #OUTPUT}: one row, one BIGINT column. */
    public static Step sharedCount() {
        return Step.of("dg_shared_count", "diagnostic/06_shared_count.sql");
    }

    /**
     * The steps for the periods and level (null: every level) of a request. Periods before {@code periods.from()}
     * are read too, for the trend of the first reported period.
     */
    public static List<Step> steps(PeriodRange periods, String level) {
        return List.of(
                Step.of("dg_obs", "diagnostic/01_observations.sql", periods.to(), periods.to()),
                Step.of("dg_counts", "diagnostic/02_counts.sql", level, level),
                Step.of("dg_rates", "diagnostic/03_rates.sql"),
                Step.of("dg_spread", "diagnostic/04_spread.sql"),
                Step.of(OUTPUT, "diagnostic/05_diagnostic.sql",
                        ActorGroup.SHARED_FINDING_THRESHOLD, ROBUST_Z_MIN_TERRITORIES, periods.from(),
                        periods.from()));
    }
}
