package fr.observatoire.analytics.themes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the themes of a text: an expression matches where its stems appear in order in the text's tokens, with at
 * most {@link #MAX_GAP} other (non stop) word between two of its stems, and no punctuation between them. So
 * "aidant épuisé" matches "aidants épuisés", "l'aidant est épuisé" and "aidants familiaux épuisés", but not
 * "aidant. Épuisé" nor "l'aidant, épuisé". Stop words never count in the gap: they are gone before matching.
 */
final class ThemeMatcher {

    /** Other words allowed between two consecutive stems of an expression. */
    static final int MAX_GAP = 1;

    /** The first match of a theme in a text. */
    record Match(String theme, int start, int end) {
    }

    private final Map<String, List<ThemeVocabulary.Expression>> byFirstStem = new HashMap<>();

    ThemeMatcher(ThemeVocabulary vocabulary) {
        for (ThemeVocabulary.Expression expression : vocabulary.expressions()) {
            byFirstStem.computeIfAbsent(expression.stems().get(0), k -> new ArrayList<>()).add(expression);
        }
    }

    /**
     * The themes of a text, each with its first match (the one that starts first; of those, the longest), in the
     * order they first appear.
     */
    List<Match> themes(String text, List<FrenchAnalysis.Token> tokens) {
        Map<String, Match> first = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<ThemeVocabulary.Expression> candidates = byFirstStem.get(tokens.get(i).term());
            if (candidates == null) {
                continue;
            }
            for (ThemeVocabulary.Expression expression : candidates) {
                int last = matchFrom(text, tokens, i, expression.stems());
                if (last < 0) {
                    continue;
                }
                Match match = new Match(expression.theme(), tokens.get(i).start(), tokens.get(last).end());
                Match known = first.get(expression.theme());
                if (known == null || (known.start() == match.start() && match.end() > known.end())) {
                    first.put(expression.theme(), match);
                }
            }
        }
        List<Match> matches = new ArrayList<>(first.values());
        matches.sort(java.util.Comparator.comparingInt(Match::start));
        return matches;
    }

    /** Index of the token matching the expression's last stem, or -1. */
    private static int matchFrom(String text, List<FrenchAnalysis.Token> tokens, int first, List<String> stems) {
        int at = first;
        for (int s = 1; s < stems.size(); s++) {
            int found = -1;
            for (int next = at + 1; next <= at + 1 + MAX_GAP && next < tokens.size(); next++) {
                if (punctuationBetween(text, tokens.get(next - 1).end(), tokens.get(next).start())) {
                    break;
                }
                if (tokens.get(next).term().equals(stems.get(s))) {
                    found = next;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            at = found;
        }
        return at;
    }

    /**
     * True when the text between two tokens holds punctuation that ends a phrase. Letters (stop words), spaces,
     * apostrophes and hyphens do not.
     */
    static boolean punctuationBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c) && !Character.isSpaceChar(c) && c != '\'' && c != '’' && c != '-'
                    && c != '\t') {
                return true;
            }
        }
        return false;
    }
}
