package fr.observatoire.vocabulary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a need is about: the controlled list of need domains named by the field. */
public enum NeedDomain implements Terms {
    MAINTIEN_DOMICILE("maintien_domicile", "Maintien à domicile", List.of("domicile", "aide a domicile", "soins a domicile", "sad", "ssiad")),
    HEBERGEMENT("hebergement", "Hébergement et accueil en établissement", List.of("etablissement", "place en etablissement", "accueil", "ehpad", "hebergement permanent")),
    HABITAT_INCLUSIF("habitat_inclusif", "Habitat inclusif et logement accompagné", List.of("logement accompagne", "habitat partage", "residence accueil", "un chez soi d'abord")),
    LOGEMENT("logement", "Logement", List.of("acces au logement", "hebergement d'urgence", "mal logement")),
    REPIT_AIDANTS("repit_aidants", "Répit des aidants", List.of("repit", "soutien aux aidants", "accueil de jour", "hebergement temporaire")),
    ACCES_DROITS("acces_droits", "Accès aux droits", List.of("droits", "non recours", "acces aux droits sociaux", "demarches administratives")),
    ACCES_SOINS("acces_soins", "Accès aux soins", List.of("soins", "desert medical", "sante")),
    SANTE_MENTALE("sante_mentale", "Santé mentale", List.of("psychiatrie", "handicap psychique", "souffrance psychique")),
    AUTISME_TSA("autisme_tsa", "Autisme et troubles du neuro-développement", List.of("tsa", "ted", "autisme", "tnd", "troubles du spectre autistique")),
    SCOLARISATION("scolarisation", "Scolarisation inclusive", List.of("ecole", "scolarite", "aesh", "inclusion scolaire")),
    PROTECTION_ENFANCE("protection_enfance", "Protection de l'enfance", List.of("ase", "placement", "aide sociale a l'enfance", "mineurs non accompagnes")),
    PERINATALITE("perinatalite", "Périnatalité", List.of("pmi", "grossesse", "petite enfance")),
    PARENTALITE("parentalite", "Soutien à la parentalité", List.of("familles", "soutien familial", "soutien a la parentalite")),
    INSERTION_EMPLOI("insertion_emploi", "Insertion et emploi", List.of("emploi", "insertion", "insertion professionnelle", "formation")),
    MOBILITE("mobilite", "Mobilité", List.of("transport", "transports", "deplacements")),
    ISOLEMENT("isolement", "Isolement social", List.of("solitude", "lien social", "isolement social")),
    COORDINATION_PARCOURS("coordination_parcours", "Coordination et ruptures de parcours", List.of("coordination", "parcours", "rupture de parcours", "ruptures de parcours")),
    ACCOMPAGNEMENT_MEDICO_SOCIAL("accompagnement_medico_social", "Accompagnement médico-social en milieu ordinaire", List.of("savs", "samsah", "sessad", "accompagnement")),
    TRAVAIL_PROTEGE("travail_protege", "Travail protégé et adapté", List.of("esat", "entreprise adaptee", "milieu protege"));

    private static final Map<String, NeedDomain> INDEX = Terms.index(NeedDomain.class);

    private final String code;
    private final String label;
    private final List<String> synonyms;

    NeedDomain(String code, String label, List<String> synonyms) {
        this.code = code;
        this.label = label;
        this.synonyms = synonyms;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
    @Override public List<String> synonyms() { return synonyms; }

    public static Optional<NeedDomain> parse(String raw) { return Terms.lookup(INDEX, raw); }
}
