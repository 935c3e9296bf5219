package fr.observatoire.ingest.validate;

/** Stable codes of {@link Violation}s, counted in the ingest report. */
public final class ViolationCode {

    private ViolationCode() {
    }

    public static final String MALFORMED_RECORD = "malformed_record";
    public static final String MISSING_FIELD = "missing_field";
    public static final String MISSING_TERRITORY = "missing_territory";
    public static final String UNKNOWN_COMMUNE = "unknown_commune";
    public static final String AMBIGUOUS_COMMUNE = "ambiguous_commune";
    public static final String UNKNOWN_POSTAL_CODE = "unknown_postal_code";
    public static final String AMBIGUOUS_POSTAL_CODE = "ambiguous_postal_code";
    public static final String UNKNOWN_DEPARTEMENT = "unknown_departement";
    public static final String INCONSISTENT_TERRITORY = "inconsistent_territory";
    public static final String INVALID_DATE = "invalid_date";
    public static final String UNKNOWN_VOCABULARY = "unknown_vocabulary";
    public static final String INVALID_NUMBER = "invalid_number";
    public static final String NEGATIVE_NUMBER = "negative_number";
    public static final String OUT_OF_RANGE = "out_of_range";
}
