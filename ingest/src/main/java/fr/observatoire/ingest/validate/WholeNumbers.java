package fr.observatoire.ingest.validate;

/**
 * Whole numbers as contributors write them: {@code 1200}, {@code 1 200} (also with non-breaking or narrow spaces),
 * {@code 1200,0} or {@code 1200.0}. A fraction other than zero is not a whole number.
 */
final class WholeNumbers {

    /** Returned when the text is not a whole number. */
    static final long INVALID = Long.MIN_VALUE;

    private WholeNumbers() {
    }

    static long parse(String raw) {
        long value = 0;
        int digits = 0;
        boolean negative = false;
        boolean fraction = false;
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                if (fraction) {
                    if (c != '0') {
                        return INVALID;
                    }
                    continue;
                }
                value = value * 10 + (c - '0');
                if (++digits > 12) {
                    return INVALID;
                }
            } else if (c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009') {
                if (fraction) {
                    return INVALID;
                }
            } else if ((c == ',' || c == '.') && digits > 0 && !fraction) {
                fraction = true;
            } else if ((c == '-' || c == '+') && i == 0) {
                negative = c == '-';
            } else {
                return INVALID;
            }
        }
        if (digits == 0) {
            return INVALID;
        }
        return negative ? -value : value;
    }
}
