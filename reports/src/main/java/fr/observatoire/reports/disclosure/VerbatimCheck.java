package fr.observatoire.reports.disclosure;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A light second check of free texts that the lake already holds redacted: e-mail addresses, phone numbers and
 * social security numbers left over are replaced by {@link #MASK}.
 */
public final class VerbatimCheck {

    public static final String MASK = "[masqué]";

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"),
            Pattern.compile("(?<!\\d)[12]\\s?\\d{2}\\s?\\d{2}\\s?(\\d{2}|2A|2B)\\s?\\d{3}\\s?\\d{3}(\\s?\\d{2})?(?!\\d)"),
            Pattern.compile("(\\+33\\s?|0)[1-9]([\\s.-]?\\d{2}){4}(?!\\d)"));

    private VerbatimCheck() {
    }

    public static String redact(String text) {
        String result = text;
        for (Pattern pattern : PATTERNS) {
            result = pattern.matcher(result).replaceAll(MASK);
        }
        return result;
    }
}
