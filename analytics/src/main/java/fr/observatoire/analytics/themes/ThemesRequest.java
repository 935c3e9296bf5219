package fr.observatoire.analytics.themes;

import fr.observatoire.analytics.PeriodRange;
import fr.observatoire.analytics.TerritoryLevels;
import fr.observatoire.lake.Lake;
import java.util.Objects;

/**
 * What the themes job analyses.
 *
 * @param lake               the lake read and written ({@code <lake>/themes/})
 * @param periods            the periods analysed (all observations of the range count together)
 * @param level              one output level, or null for every level
 * @param minCell            disclosure threshold: concordance cells of fewer observations are left out; also the
 *                           minimum part size and cell size of the specificities and pair count of co-occurrences
 * @param minTermObservations a term counts only if at least this many observations of the selection use it
 * @param maxTerms           at most this many terms (the most frequent) are analysed
 * @param maxItems           specificities: the most over- and the most under-represented kept per part and kind
 * @param maxPairs           co-occurrences: the strongest pairs kept per territory and kind
 * @param pairedTerms        co-occurrences: terms paired, the most frequent (pairs grow with the square of them)
 * @param maxLines           concordance: lines per territory and item
 * @param alpha              specificities: significance level of 'sur' and 'sous'
 * @param vocabulary         the theme vocabulary
 */
public record ThemesRequest(Lake lake, PeriodRange periods, String level, long minCell, long minTermObservations,
                            int maxTerms, int maxItems, int maxPairs, int pairedTerms, int maxLines, double alpha,
                            ThemeVocabulary vocabulary) {

    public static final long DEFAULT_MIN_CELL = 5;
    public static final long DEFAULT_MIN_TERM_OBSERVATIONS = 5;
    public static final int DEFAULT_MAX_TERMS = 100;
    public static final int DEFAULT_MAX_ITEMS = 20;
    public static final int DEFAULT_MAX_PAIRS = 30;
    public static final int DEFAULT_PAIRED_TERMS = 30;
    public static final int DEFAULT_MAX_LINES = 5;
    public static final double DEFAULT_ALPHA = 0.05;

    public ThemesRequest {
        Objects.requireNonNull(lake, "lake");
        Objects.requireNonNull(vocabulary, "vocabulary");
        periods = periods == null ? PeriodRange.all() : periods;
        level = TerritoryLevels.parse(level);
        atLeast("minCell", minCell, 1);
        atLeast("minTermObservations", minTermObservations, 1);
        atLeast("maxTerms", maxTerms, 0);
        atLeast("maxItems", maxItems, 1);
        atLeast("maxPairs", maxPairs, 1);
        atLeast("pairedTerms", pairedTerms, 0);
        atLeast("maxLines", maxLines, 1);
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1), was " + alpha);
        }
    }

    /** The documented defaults and the standard vocabulary. */
    public static ThemesRequest of(Lake lake, PeriodRange periods, String level) {
        return new ThemesRequest(lake, periods, level, DEFAULT_MIN_CELL, DEFAULT_MIN_TERM_OBSERVATIONS,
                DEFAULT_MAX_TERMS, DEFAULT_MAX_ITEMS, DEFAULT_MAX_PAIRS, DEFAULT_PAIRED_TERMS, DEFAULT_MAX_LINES,
                DEFAULT_ALPHA,
                ThemeVocabulary.standard());
    }

    /** This request with another disclosure threshold. */
    public ThemesRequest withMinCell(long value) {
        return new ThemesRequest(lake, periods, level, value, minTermObservations, maxTerms, maxItems, maxPairs,
                pairedTerms, maxLines, alpha, vocabulary);
    }

    private static void atLeast(String name, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", was " + value);
        }
    }
}
