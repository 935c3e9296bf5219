package fr.observatoire.ingest.redact;

/** The kinds of personal data removed from free text, each replaced by its token. */
public enum RedactionKind {
    EMAIL("email", "[EMAIL]"),
    IBAN("iban", "[IBAN]"),
    NIR("nir", "[NIR]"),
    TELEPHONE("telephone", "[TELEPHONE]"),
    NOM("nom", "[NOM]");

    private final String code;
    private final String token;

    RedactionKind(String code, String token) {
        this.code = code;
        this.token = token;
    }

    /** Key in the ingest report's redaction counts. */
    public String code() { return code; }

    /** What replaces the redacted text. */
    public String token() { return token; }
}
