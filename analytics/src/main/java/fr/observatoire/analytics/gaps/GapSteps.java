package fr.observatoire.analytics.gaps;

import fr.observatoire.analytics.engine.Step;
import fr.observatoire.analytics.PeriodRange;
import fr.observatoire.vocabulary.ObservationKind;
import java.util.List;

/**
 * The gap analysis as SQL steps (resources under {@code sql/gaps/}), reading the views {@code observations},
 * {@code ref_supply}, {@code ref_communes}, {@code ref_departements}, {@code ref_population},
 * {@code gaps_crosswalk} ({@link Crosswalk}) and {@code gaps_need_kinds} ({@link #NEED_KINDS}).
 */
public final class GapSteps {

    /** The view of the published table. */
    public static final String OUTPUT = "gaps";

    /** The view of the dispersion table. */
    public static final String DISPERSION = "gaps_dispersion";

    /** Observation kinds that count as expressed need against supply (emerging needs do not). */
    public static final List<ObservationKind> NEED_KINDS = List.of(
            ObservationKind.BESOIN_NON_COUVERT, ObservationKind.RUPTURE_PARCOURS, ObservationKind.DIFFICULTE_ACCES);

    private GapSteps() {
    }

    public static List<Step> steps(PeriodRange periods, String level, Integer populationYear) {
        return List.of(
                Step.of("gp_needs", "gaps/01_needs.sql", periods.from(), periods.from(), periods.to(), periods.to()),
                Step.of("gp_departements", "gaps/02_departements.sql", populationYear, populationYear),
                Step.of("gp_rated", "gaps/03_rated.sql"),
                Step.of(OUTPUT, "gaps/04_gaps.sql", level, level),
                Step.of(DISPERSION, "gaps/05_dispersion.sql"),
                Step.of("gp_zones_blanches", "gaps/06_zones_blanches.sql"));
    }
}
