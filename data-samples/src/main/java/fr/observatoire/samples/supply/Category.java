package fr.observatoire.samples.supply;

import fr.observatoire.vocabulary.AgeBand;
import fr.observatoire.vocabulary.Public;
import java.util.Map;

/**
 * The supply categories of the sample, with their FINESS category code (categetab, checked against the ANS
 * nomenclature TRE_R66-CategorieEtablissement), the population band the places are counted against, and the
 * planted equipment rates in places per 1,000 of that band. Rates are a modelling choice close to published orders
 * of magnitude (DREES: about 100 EHPAD places per 1,000 persons aged 75+), not a statistic.
 */
enum Category {
    EHPAD("500", "Etablissement d'hébergement pour personnes âgées dépendantes", "4401",
            "Etablissements et Services pour Personnes Agées", "8710A", Public.PERSONNES_AGEES, AgeBand.AGE_75_PLUS,
            85, Map.of("59", 98.0, "13", 76.0, "47", 112.0), 100.0),
    SSIAD("354", "Service de Soins Infirmiers A Domicile", "4403",
            "Services de Soins à Domicile pour Personnes Agées", "8810A", Public.PERSONNES_AGEES,
            AgeBand.AGE_75_PLUS, 60, Map.of("59", 19.0, "13", 16.0, "47", 23.0), 19.0),
    IME("183", "Institut Médico-Educatif (I.M.E.)", "4101", "Etablissements pour Enfants Handicapés", "8891B",
            Public.ENFANTS_HANDICAPES, AgeBand.AGE_0_19, 60, Map.of("59", 3.0, "13", 3.7, "47", 4.6), 4.0),
    SESSAD("182", "Service d'Education Spéciale et de Soins à Domicile", "4106",
            "Services pour Enfants Handicapés", "8810C", Public.ENFANTS_HANDICAPES, AgeBand.AGE_0_19, 40,
            Map.of("59", 3.1, "13", 2.8, "47", 3.6), 3.2),
    MAS("255", "Maison d'Accueil Spécialisée (M.A.S.)", "4301", "Etablissements pour Adultes Handicapés", "8710B",
            Public.ADULTES_HANDICAPES, AgeBand.AGE_20_59, 45, Map.of("59", 0.85, "13", 0.7, "47", 1.0), 0.85),
    FAM("437", "Foyer d'Accueil Médicalisé pour Adultes Handicapés (F.A.M.)", "4301",
            "Etablissements pour Adultes Handicapés", "8710B", Public.ADULTES_HANDICAPES, AgeBand.AGE_20_59, 35,
            Map.of("59", 0.9, "13", 0.6, "47", 1.1), 0.85),
    ESAT("246", "Etablissement et Service d'Aide par le Travail (E.S.A.T.)", "4302",
            "Etablissements de Travail Protégé pour Adultes Handicapés", "8810C", Public.ADULTES_HANDICAPES,
            AgeBand.AGE_20_59, 80, Map.of("59", 3.6, "13", 2.9, "47", 4.2), 3.5),
    SAVS("446", "Service d'Accompagnement à la Vie Sociale (S.A.V.S.)", "4304",
            "Services pour Adultes Handicapés", "8810C", Public.ADULTES_HANDICAPES, AgeBand.AGE_20_59, 45,
            Map.of("59", 1.8, "13", 1.3, "47", 1.6), 1.5),
    SAMSAH("445", "Service d'Accompagnement Médico-Social Adultes Handicapés", "4304",
            "Services pour Adultes Handicapés", "8810C", Public.ADULTES_HANDICAPES, AgeBand.AGE_20_59, 25,
            Map.of("59", 0.45, "13", 0.3, "47", 0.4), 0.4),
    RESIDENCE_ACCUEIL("258", "Maisons Relais - Pensions de Famille", "4601",
            "Logement en Structure Collective", "8790B", Public.ADULTES_HANDICAPES, AgeBand.AGE_20_59, 20,
            Map.of("59", 0.2, "13", 0.15, "47", 0.12), 0.15),
    /** Not registered in FINESS: written to the plain supply layout, without a category code. */
    HABITAT_INCLUSIF("", "Habitat inclusif", "", "", "", Public.PERSONNES_AGEES, AgeBand.AGE_60_PLUS, 8,
            Map.of("59", 0.25, "13", 0.22, "47", 0.3), 0.2);

    private final String code;
    private final String label;
    private final String aggregate;
    private final String aggregateLabel;
    private final String ape;
    private final Public target;
    private final AgeBand band;
    private final int averagePlaces;
    private final Map<String, Double> rates;
    private final double defaultRate;

    Category(String code, String label, String aggregate, String aggregateLabel, String ape, Public target,
             AgeBand band, int averagePlaces, Map<String, Double> rates, double defaultRate) {
        this.code = code;
        this.label = label;
        this.aggregate = aggregate;
        this.aggregateLabel = aggregateLabel;
        this.ape = ape;
        this.target = target;
        this.band = band;
        this.averagePlaces = averagePlaces;
        this.rates = rates;
        this.defaultRate = defaultRate;
    }

    String code() { return code; }
    String label() { return label; }
    String aggregate() { return aggregate; }
    String aggregateLabel() { return aggregateLabel; }
    String ape() { return ape; }
    Public target() { return target; }
    AgeBand band() { return band; }
    int averagePlaces() { return averagePlaces; }

    /** Planted places per 1,000 of {@link #band()} in a département. */
    double rate(String departement) {
        return rates.getOrDefault(departement, defaultRate);
    }

    boolean inFiness() {
        return !code.isEmpty();
    }

    /** The normalised category name of the lake's supply table. */
    String normalised() {
        return switch (this) {
            case RESIDENCE_ACCUEIL -> "RESIDENCE_ACCUEIL";
            case HABITAT_INCLUSIF -> "HABITAT_INCLUSIF";
            default -> name();
        };
    }
}
