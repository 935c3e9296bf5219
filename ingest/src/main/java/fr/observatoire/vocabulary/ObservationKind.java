package fr.observatoire.vocabulary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The nature of an observation. */
public enum ObservationKind implements Terms {
    BESOIN_NON_COUVERT("besoin_non_couvert", "Besoin non couvert", List.of("unmet need", "besoin non satisfait", "besoin", "manque")),
    RUPTURE_PARCOURS("rupture_parcours", "Rupture de parcours", List.of("rupture", "rupture de prise en charge", "sortie sans solution")),
    BESOIN_EMERGENT("besoin_emergent", "Besoin émergent", List.of("emergent", "nouveau besoin", "emerging need")),
    DIFFICULTE_ACCES("difficulte_acces", "Difficulté d'accès", List.of("acces difficile", "difficulte d'acces", "access difficulty", "liste d'attente")),
    SATISFACTION("satisfaction", "Satisfaction", List.of("satisfait", "retour positif")),
    PRATIQUE_INSPIRANTE("pratique_inspirante", "Pratique inspirante", List.of("bonne pratique", "initiative", "inspiring practice"));

    private static final Map<String, ObservationKind> INDEX = Terms.index(ObservationKind.class);

    private final String code;
    private final String label;
    private final List<String> synonyms;

    ObservationKind(String code, String label, List<String> synonyms) {
        this.code = code;
        this.label = label;
        this.synonyms = synonyms;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
    @Override public List<String> synonyms() { return synonyms; }

    /** True for kinds that express a need (as opposed to satisfaction or practices). */
    public boolean expressesNeed() {
        return this != SATISFACTION && this != PRATIQUE_INSPIRANTE;
    }

    public static Optional<ObservationKind> parse(String raw) { return Terms.lookup(INDEX, raw); }
}
