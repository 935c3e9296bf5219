package fr.observatoire.vocabulary;

/** The four groups of actors that feed the observatory; a need reported by three or more is a shared finding. */
public enum ActorGroup {
    USAGERS_HABITANTS("usagers_habitants", "Usagers et habitants"),
    PROFESSIONNELS("professionnels", "Professionnels"),
    DECIDEURS("decideurs", "Décideurs"),
    FINANCEURS("financeurs", "Financeurs");

    /** Number of converging groups from which a need is a "constat partagé". */
    public static final int SHARED_FINDING_THRESHOLD = 3;

    private final String code;
    private final String label;

    ActorGroup(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() { return code; }
    public String label() { return label; }
}
