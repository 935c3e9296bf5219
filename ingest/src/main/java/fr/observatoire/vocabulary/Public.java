package fr.observatoire.vocabulary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** For whom a need is observed. Each public names the population band that serves as its denominator. */
public enum Public implements Terms {
    PERSONNES_AGEES("personnes_agees", "Personnes âgées", AgeBand.AGE_75_PLUS,
            List.of("pa", "grand age", "grand-age", "seniors", "personne agee", "aines", "retraites")),
    ADULTES_HANDICAPES("adultes_handicapes", "Adultes en situation de handicap", AgeBand.AGE_20_59,
            List.of("ph", "personnes handicapees", "handicap", "adulte handicape", "personnes en situation de handicap",
                    "handicap psychique", "adultes en situation de handicap")),
    ENFANTS_HANDICAPES("enfants_handicapes", "Enfants en situation de handicap", AgeBand.AGE_0_19,
            List.of("enfant handicape", "enfants en situation de handicap", "jeunes handicapes")),
    ENFANCE_PROTECTION("enfance_protection", "Enfants relevant de la protection de l'enfance", AgeBand.AGE_0_19,
            List.of("protection de l'enfance", "ase", "enfance", "enfants confies", "aide sociale a l'enfance")),
    JEUNES_MAJEURS("jeunes_majeurs", "Jeunes majeurs sortant de l'ASE", AgeBand.AGE_20_59,
            List.of("jeune majeur", "sortants ase", "sortie ase", "jeunes majeurs sortant de l'ase", "jeunes adultes")),
    FAMILLES("familles", "Familles et parentalité", AgeBand.TOTAL,
            List.of("famille", "parents", "parentalite", "perinatalite")),
    AIDANTS("aidants", "Proches aidants", AgeBand.TOTAL,
            List.of("aidant", "proches aidants", "aidants familiaux")),
    PERSONNES_PRECAIRES("personnes_precaires", "Personnes en situation de précarité", AgeBand.AGE_20_59,
            List.of("precarite", "precaires", "personnes en precarite", "sans domicile", "exclusion")),
    TOUT_PUBLIC("tout_public", "Tout public", AgeBand.TOTAL,
            List.of("tous publics", "tous", "population generale", "habitants"));

    private static final Map<String, Public> INDEX = Terms.index(Public.class);

    private final String code;
    private final String label;
    private final AgeBand denominator;
    private final List<String> synonyms;

    Public(String code, String label, AgeBand denominator, List<String> synonyms) {
        this.code = code;
        this.label = label;
        this.denominator = denominator;
        this.synonyms = synonyms;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
    @Override public List<String> synonyms() { return synonyms; }

    /** Population band used as the denominator of rates for this public. */
    public AgeBand denominator() { return denominator; }

    public static Optional<Public> parse(String raw) { return Terms.lookup(INDEX, raw); }
}
