package fr.observatoire.vocabulary;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A term of a controlled vocabulary: a stable code stored in the lake, a French label shown in reports, and the
 * spellings contributors actually write (accents, case, plurals and known synonyms).
 */
public interface Terms {

    /** Stable code stored in the lake (ASCII, snake_case). */
    String code();

    /** French label for reports. */
    String label();

    /** Other spellings accepted on input, compared after {@link #fold(String)}. */
    List<String> synonyms();

    Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * Folds a free spelling to a comparison key: accents removed, lower case, any run of punctuation or space as
     * one underscore. "Personnes âgées" and "personnes-agees" both fold to "personnes_agees".
     */
    static String fold(String raw) {
        if (raw == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(raw.strip(), Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae");
        String folded = NON_ALNUM.matcher(plain).replaceAll("_");
        int start = folded.startsWith("_") ? 1 : 0;
        int end = folded.endsWith("_") && folded.length() > start ? folded.length() - 1 : folded.length();
        return folded.substring(start, Math.max(start, end));
    }

    /** An index from folded spellings (code, label, synonyms) to the terms of one vocabulary. */
    static <T extends Enum<T> & Terms> Map<String, T> index(Class<T> type) {
        Map<String, T> index = new HashMap<>();
        for (T term : type.getEnumConstants()) {
            List<String> spellings = new java.util.ArrayList<>(term.synonyms());
            spellings.add(term.code());
            spellings.add(term.label());
            for (String spelling : spellings) {
                for (String key : List.of(fold(spelling), singular(fold(spelling)))) {
                    T previous = index.put(key, term);
                    if (previous != null && previous != term) {
                        throw new IllegalStateException("'" + spelling + "' names both " + previous + " and " + term);
                    }
                }
            }
        }
        return Map.copyOf(index);
    }

    /** Looks a spelling up in an index built by {@link #index(Class)}, also with its words in the singular. */
    static <T> Optional<T> lookup(Map<String, T> index, String raw) {
        String key = fold(raw);
        T term = index.get(key);
        return Optional.ofNullable(term != null ? term : index.get(singular(key)));
    }

    Pattern PLURAL_S = Pattern.compile("(?<=[a-z]{2})[sx](?=_|$)");

    /** Drops a plural 's' or 'x' at the end of each folded word: "besoins_non_couverts" → "besoin_non_couvert". */
    static String singular(String folded) {
        return PLURAL_S.matcher(folded).replaceAll("");
    }
}
