package fr.observatoire.ingest.redact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes direct identifiers from free text: e-mail addresses, French phone numbers, NIR (social security numbers
 * whose key checks), IBAN (whose ISO 13616 checksum holds) and names after a civility. Numbers that merely look
 * alike (commune and postal codes, dates, amounts, FINESS numbers, years, a NIR or IBAN with a wrong key) are kept.
 *
 * <p>Thread-safe, and allocation-free for text that cannot hold an identifier: first passes count digits and find the
 * first {@code @} and civility; the runs of digits and an IBAN's start are measured only when the text holds 9 digits
 * or more; only the expressions that can match run, the names' one only where a civility starts.
 */
public final class Redactor {

    // The expressions; package-private so that the screen's test runs the very same ones as its oracle.
    static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    static final Pattern IBAN = Pattern.compile(
            "(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?(?![A-Za-z0-9])");
    static final Pattern NIR = Pattern.compile(
            "(?<![A-Za-z0-9])[12378](?:[ .]?\\d){4}[ .]?(?:\\d{2}|2[ABab])(?:[ .]?\\d){6}[ .]?\\d{2}(?![A-Za-z0-9])");
    static final Pattern TELEPHONE = Pattern.compile(
            "(?<![\\d+])(?:(?:\\+|00)[ .-]?33[ .-]?(?:\\(0\\)[ .-]?)?[1-9]|0[1-9])(?:[ .-]?\\d{2}){4}(?!\\d)");
    static final Pattern NAME = Pattern.compile(
            "\\b(M\\.|Mr\\.?|Mme\\.?|Mlle\\.?|Madame|Monsieur|Mademoiselle|Docteur|Dr\\.?)(\\s+)"
                    + "(\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*)*)");

    /** Fewest digits in a run (separators allowed) of a NIR and of a phone number. */
    private static final int NIR_DIGITS = 15;
    private static final int PHONE_DIGITS = 10;

    /** What a character means to the scan of digit runs (ASCII; anything else is {@link #OTHER}). */
    private static final byte OTHER = 0;
    private static final byte DIGIT = 1;
    private static final byte SEPARATOR = 2;
    private static final byte CORSICA = 3;
    private static final byte[] KINDS = new byte[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            KINDS[c] = DIGIT;
        }
        for (char c : new char[] {' ', '.', '-', '(', ')'}) {
            KINDS[c] = SEPARATOR;
        }
        for (char c : new char[] {'A', 'B', 'a', 'b'}) {
            KINDS[c] = CORSICA;
        }
    }

    private static final String[] CIVILITIES = {"M.", "Mr", "Mme", "Mlle", "Madame", "Monsieur", "Mademoiselle",
            "Docteur", "Dr"};

    /**
     * The redacted text ({@code text} itself when nothing was found), adding what was found to {@code counts},
     * indexed by {@link RedactionKind#ordinal()}.
     */
    public String redact(String text, int[] counts) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        // Cheap first passes say which expressions can match at all: the count of digits, the first '@' and the
        // first civility (String.indexOf finds the capitals they start with).
        int digits = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            digits += (char) (text.charAt(i) - '0') < 10 ? 1 : 0;
        }
        int at = text.indexOf('@');
        int emailFrom = at >= 0 ? localPartStart(text, at) : -1;
        int nameFrom = nextCivility(text, 0);
        if (digits < 9 && emailFrom < 0 && nameFrom < 0) {
            return text; // most text: nothing can match
        }
        // Each expression searches from where its first match can start, as long as no replacement has moved the
        // text yet: an e-mail within the address characters before the first '@', an IBAN at its first 2 capitals
        // and 2 digits, a NIR or phone number in the first run of 10 digits or more (a NIR needs 15), a name at a
        // civility. Text without any of them skips the expressions (same result, much less work).
        String result = text;
        if (emailFrom >= 0) {
            result = replaceAll(EMAIL, result, emailFrom, RedactionKind.EMAIL, counts);
        }
        if (digits >= 9) {
            result = replaceNumbers(text, result, counts);
        }
        if (nameFrom >= 0) {
            result = replaceNames(result, result == text ? nameFrom : nextCivility(result, 0), counts);
        }
        return result;
    }

    /**
     * The IBAN, NIR and phone numbers of {@code result} redacted, where the runs of digits of the original
     * {@code text} say which can occur and from where.
     */
    private static String replaceNumbers(String text, String result, int[] counts) {
        int run = 0;
        int runStart = 0;
        int longestRun = 0;
        int longRunStart = -1;
        int ibanFrom = -1;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            switch (c < 128 ? KINDS[c] : OTHER) {
                case DIGIT -> {
                    if (run++ == 0) {
                        runStart = i;
                    }
                    if (ibanFrom < 0 && i >= 3 && isDigit(text.charAt(i - 1)) && isUpper(text.charAt(i - 2))
                            && isUpper(text.charAt(i - 3))) {
                        ibanFrom = i - 3;
                    }
                }
                case SEPARATOR -> {
                    continue; // separators inside a phone number or NIR: the run goes on
                }
                case CORSICA -> {
                    if (i > 0 && text.charAt(i - 1) == '2') {
                        run++; // Corsica's 2A / 2B inside a NIR (after a digit: the run has started)
                    } else {
                        run = 0;
                    }
                }
                default -> run = 0;
            }
            if (run > longestRun) {
                longestRun = run;
                if (longRunStart < 0 && run >= PHONE_DIGITS) {
                    longRunStart = Math.max(0, runStart - 2); // "+ 33": the sign and a separator come first
                }
            }
        }
        if (ibanFrom >= 0) {
            result = replaceChecked(IBAN, result, result == text ? ibanFrom : 0, RedactionKind.IBAN, counts);
        }
        if (longestRun >= NIR_DIGITS) {
            result = replaceChecked(NIR, result, result == text ? longRunStart : 0, RedactionKind.NIR, counts);
        }
        if (longestRun >= PHONE_DIGITS) {
            result = replaceAll(TELEPHONE, result, result == text ? longRunStart : 0, RedactionKind.TELEPHONE,
                    counts);
        }
        return result;
    }

    /** Where the first civility at or after {@code from} starts, or -1. */
    private static int nextCivility(String text, int from) {
        int m = text.indexOf('M', from);
        int d = text.indexOf('D', from);
        while (m >= 0 || d >= 0) {
            int i = m < 0 ? d : d < 0 ? m : Math.min(m, d);
            if (civilityAt(text, i)) {
                return i;
            }
            if (i == m) {
                m = text.indexOf('M', i + 1);
            } else {
                d = text.indexOf('D', i + 1);
            }
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /** Where the address characters before the '@' at {@code at} begin. */
    private static int localPartStart(String text, int at) {
        int i = at;
        while (i > 0) {
            char c = text.charAt(i - 1);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_'
                    || c == '%' || c == '+' || c == '-')) {
                break;
            }
            i--;
        }
        return i;
    }

    /** A matcher searching {@code text} from {@code from} on, seeing the text before it as a search from 0 would. */
    private static Matcher matcher(Pattern pattern, String text, int from) {
        Matcher matcher = pattern.matcher(text);
        if (from > 0) {
            matcher.region(from, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
        }
        return matcher;
    }

    private static boolean civilityAt(String text, int i) {
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return false;
        }
        char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        boolean possible = text.charAt(i) == 'M'
                ? next == '.' || next == 'r' || next == 'm' || next == 'l' || next == 'a' || next == 'o'
                : next == 'o' || next == 'r';
        if (!possible) {
            return false; // "MDPH", "Manque"... : no civility starts so
        }
        for (String civility : CIVILITIES) {
            if (text.startsWith(civility, i)) {
                return true;
            }
        }
        return false;
    }

    private static String replaceAll(Pattern pattern, String text, int from, RedactionKind kind, int[] counts) {
        Matcher matcher = matcher(pattern, text, from);
        if (!matcher.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            out.append(text, last, matcher.start()).append(kind.token());
            counts[kind.ordinal()]++;
            last = matcher.end();
        } while (matcher.find());
        return out.append(text, last, text.length()).toString();
    }

    private static String replaceChecked(Pattern pattern, String text, int from, RedactionKind kind, int[] counts) {
        Matcher matcher = matcher(pattern, text, from);
        StringBuilder out = null;
        int last = 0;
        while (matcher.find()) {
            String candidate = matcher.group();
            boolean valid = kind == RedactionKind.NIR ? isValidNir(candidate) : isValidIban(candidate);
            if (!valid) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, matcher.start()).append(kind.token());
            counts[kind.ordinal()]++;
            last = matcher.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /**
     * The names after a civility redacted, from the civility at {@code from} on. The expression is tried only where
     * a civility starts, and next after its match: the matches {@code find()} would give, without trying every
     * position in between.
     */
    private static String replaceNames(String text, int from, int[] counts) {
        Matcher matcher = null;
        StringBuilder out = null;
        int last = 0;
        int n = text.length();
        for (int i = from; i >= 0; i = nextCivility(text, i + 1)) {
            if (matcher == null) {
                matcher = NAME.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            matcher.region(i, n);
            if (matcher.lookingAt()) {
                if (out == null) {
                    out = new StringBuilder(n + 8);
                }
                out.append(text, last, matcher.start(3)).append(RedactionKind.NOM.token());
                counts[RedactionKind.NOM.ordinal()]++;
                last = matcher.end(3);
                i = last - 1;
            }
        }
        return out == null ? text : out.append(text, last, n).toString();
    }

    /**
     * A NIR (13 characters and a 2-digit key, spaces or dots allowed) whose key is {@code 97 - (n mod 97)}, with
     * Corsica's 2A and 2B counted as 19 and 18.
     */
    public static boolean isValidNir(String candidate) {
        StringBuilder compact = new StringBuilder(15);
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c != ' ' && c != '.') {
                compact.append(Character.toUpperCase(c));
            }
        }
        if (compact.length() != 15) {
            return false;
        }
        String body = compact.substring(0, 13);
        int key = Integer.parseInt(compact.substring(13));
        if (body.contains("2A")) {
            body = body.replace("2A", "19");
        } else if (body.contains("2B")) {
            body = body.replace("2B", "18");
        }
        for (int i = 0; i < body.length(); i++) {
            if (!Character.isDigit(body.charAt(i))) {
                return false;
            }
        }
        long number = Long.parseLong(body);
        return key == 97 - (number % 97);
    }

    /** An IBAN whose ISO 13616 check holds: country and check digits moved to the end, letters as 10..35, mod 97 = 1. */
    public static boolean isValidIban(String candidate) {
        StringBuilder compact = new StringBuilder(34);
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c != ' ') {
                compact.append(c);
            }
        }
        if (compact.length() < 15 || compact.length() > 34) {
            return false;
        }
        String rearranged = compact.substring(4) + compact.substring(0, 4);
        int remainder = 0;
        for (int i = 0; i < rearranged.length(); i++) {
            char c = rearranged.charAt(i);
            int value;
            if (c >= '0' && c <= '9') {
                value = c - '0';
                remainder = (remainder * 10 + value) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10;
                remainder = (remainder * 100 + value) % 97;
            } else {
                return false;
            }
        }
        return remainder == 1;
    }
}
