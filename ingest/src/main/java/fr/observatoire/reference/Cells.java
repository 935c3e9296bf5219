package fr.observatoire.reference;

import fr.observatoire.error.InvalidInputException;

import java.util.Locale;
import java.util.Set;

/** Parsing of single cells in published statistics files, where a missing value has several spellings. */
final class Cells {

    /** Spellings of a missing value in INSEE, DREES and DGCL files: not available, secret, not applicable. */
    static final Set<String> MISSING = Set.of("", "nd", "n.d.", "n.d", "-", "nc", "n.c.", "s", "se", "na", "n/a", "…", "...");

    private Cells() {
    }

    static boolean isMissing(String raw) {
        return raw == null || MISSING.contains(raw.strip().toLowerCase(Locale.ROOT));
    }

    /** A whole number, or null when the cell is a missing value; spaces (thousands separators) are ignored. */
    static Long wholeNumber(String raw, String file, long line, String field) {
        if (isMissing(raw)) {
            return null;
        }
        String compact = compact(raw);
        try {
            if (compact.endsWith(".0")) {
                compact = compact.substring(0, compact.length() - 2);
            }
            return Long.parseLong(compact);
        } catch (NumberFormatException e) {
            throw InvalidInputException.at(file, line, field, raw, "not a whole number");
        }
    }

    /** A decimal number (point or comma), or null when the cell is a missing value. */
    static Double decimal(String raw, String file, long line, String field) {
        if (isMissing(raw)) {
            return null;
        }
        try {
            return Double.parseDouble(compact(raw).replace(',', '.'));
        } catch (NumberFormatException e) {
            throw InvalidInputException.at(file, line, field, raw, "not a number");
        }
    }

    private static String compact(String raw) {
        return raw.strip().replace("\u00A0", "").replace("\u202F", "").replace(" ", "");
    }

    /** The cell stripped, or null when it is empty. */
    static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String stripped = raw.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
