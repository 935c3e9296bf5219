package fr.observatoire.samples;

/** A deliberate fault written into a bad row. All but {@link #PERSONAL_DATA} make ingest reject the row. */
public enum Defect {
    UNKNOWN_COMMUNE("unknown_commune"),
    IMPOSSIBLE_DATE("invalid_date"),
    MISSING_FIELD("missing_field"),
    UNKNOWN_VOCABULARY("unknown_value"),
    NEGATIVE_PERSONS("negative_number"),
    /** E-mail, phone, NIR, IBAN or a name after a civility in the free text: redacted by ingest, not rejected. */
    PERSONAL_DATA("personal_data");

    private final String code;

    Defect(String code) {
        this.code = code;
    }

    public String code() { return code; }

    /** True when ingest must reject a row carrying this defect. */
    public boolean rejects() { return this != PERSONAL_DATA; }
}
