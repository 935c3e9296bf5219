package fr.observatoire.ingest.schema;

/** A canonical column of the input schema (see {@code docs/input-schema-v1.md}). */
public enum Field {
    OBSERVATION_ID("observation_id"),
    DATE_OBSERVATION("date_observation"),
    /** Kobo's {@code _submission_time}: the date only when the file has no other date column. */
    SUBMISSION_TIME("date_observation"),
    COMMUNE("commune"),
    CODE_POSTAL("code_postal"),
    DEPARTEMENT("departement"),
    GROUPE_ACTEUR("groupe_acteur"),
    CONTRIBUTEUR("contributeur"),
    PUBLIC("public"),
    DOMAINE("domaine"),
    TYPE_OBSERVATION("type_observation"),
    PERSONNES("personnes"),
    GRAVITE("gravite"),
    DELAI_ATTENTE_JOURS("delai_attente_jours"),
    DESCRIPTION("description"),
    VERSION_FORMULAIRE("version_formulaire");

    private final String canonical;

    Field(String canonical) {
        this.canonical = canonical;
    }

    /** The canonical column name, as reported in rejects. */
    public String canonical() { return canonical; }
}
