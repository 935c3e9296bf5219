package fr.observatoire.reports.data;

/** Two themes mentioned by the same observations of a territory ({@code themes/cooccurrences}). */
public record ThemePair(String themeA, String themeB, String labelA, String labelB, long countAb, Long countA,
        Long countB, Long observations, Double jaccard, Double lift, Integer rank) {
}
