package fr.observatoire.vocabulary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Who reported an observation. Usagers and habitants form one of the four actor groups. */
public enum SourceGroup implements Terms {
    USAGER("usager", "Usagers", ActorGroup.USAGERS_HABITANTS, List.of("usagere", "personne accompagnee", "beneficiaire", "patient")),
    HABITANT("habitant", "Habitants", ActorGroup.USAGERS_HABITANTS, List.of("habitante", "citoyen", "riverain", "famille", "aidant")),
    PROFESSIONNEL("professionnel", "Professionnels", ActorGroup.PROFESSIONNELS, List.of("professionnelle", "pro", "intervenant", "travailleur social", "salarie")),
    DECIDEUR("decideur", "Décideurs", ActorGroup.DECIDEURS, List.of("decideuse", "elu", "elue", "direction", "directeur", "directrice")),
    FINANCEUR("financeur", "Financeurs", ActorGroup.FINANCEURS, List.of("financeuse", "ars", "caf", "cpam", "conseil departemental", "departement"));

    private static final Map<String, SourceGroup> INDEX = Terms.index(SourceGroup.class);

    private final String code;
    private final String label;
    private final ActorGroup actorGroup;
    private final List<String> synonyms;

    SourceGroup(String code, String label, ActorGroup actorGroup, List<String> synonyms) {
        this.code = code;
        this.label = label;
        this.actorGroup = actorGroup;
        this.synonyms = synonyms;
    }

    @Override public String code() { return code; }
    @Override public String label() { return label; }
    @Override public List<String> synonyms() { return synonyms; }

    /** The actor group whose convergence makes a "constat partagé". */
    public ActorGroup actorGroup() { return actorGroup; }

    public static Optional<SourceGroup> parse(String raw) { return Terms.lookup(INDEX, raw); }
}
