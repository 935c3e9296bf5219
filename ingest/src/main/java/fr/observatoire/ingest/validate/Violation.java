package fr.observatoire.ingest.validate;

/**
 * One problem with one row: the file and line, the column as the file spells it, the canonical field (null for the
 * whole row), a stable code (see {@link ViolationCode}), the value as read (redacted) and a sentence a person can act on.
 */
public record Violation(String file, long line, String column, String field, String code, String rawValue,
                        String message) {
}
