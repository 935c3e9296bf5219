package fr.observatoire.analytics.themes;

import fr.observatoire.analytics.engine.RowAnnotator;
import fr.observatoire.analytics.engine.SqlType;
import fr.observatoire.analytics.engine.TableSchema;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Analyses the text of each observation (rows {@code observation_id, text}) into its mentions: one row per theme
 * found (its first match) and one per distinct term (its first occurrence). Terms are the normalised stems of
 * {@link FrenchAnalysis}, of at least two characters, with a letter and no digit; the placeholders that redaction
 * leaves ({@code [NOM]}, {@code [EMAIL]}...) are not terms.
 */
final class TextAnnotator implements RowAnnotator {

    private static final long serialVersionUID = 1L;

    /** The output: {@code label} is the theme code's label for themes, the lower-case surface for terms. */
    static final TableSchema MENTIONS = TableSchema.of(
            "observation_id", SqlType.STRING, "item_kind", SqlType.STRING, "item", SqlType.STRING,
            "label", SqlType.STRING, "matched", SqlType.STRING, "start_offset", SqlType.INTEGER,
            "end_offset", SqlType.INTEGER);

    private final ThemeVocabulary vocabulary;

    TextAnnotator(ThemeVocabulary vocabulary) {
        this.vocabulary = Objects.requireNonNull(vocabulary, "vocabulary");
    }

    @Override
    public Worker open() {
        FrenchAnalysis analysis = new FrenchAnalysis();
        ThemeMatcher matcher = new ThemeMatcher(vocabulary);
        return new Worker() {
            @Override
            public void annotate(List<Object> row, Consumer<List<Object>> out) {
                String id = (String) row.get(0);
                String text = (String) row.get(1);
                List<FrenchAnalysis.Token> tokens = analysis.tokens(text);
                for (ThemeMatcher.Match match : matcher.themes(text, tokens)) {
                    out.accept(Arrays.asList(id, ThemesColumns.KIND_THEME, match.theme(),
                            vocabulary.label(match.theme()), text.substring(match.start(), match.end()),
                            match.start(), match.end()));
                }
                Set<String> seen = new HashSet<>();
                for (FrenchAnalysis.Token token : tokens) {
                    if (isTerm(text, token) && seen.add(token.term())) {
                        String surface = text.substring(token.start(), token.end());
                        out.accept(Arrays.asList(id, ThemesColumns.KIND_TERM, token.term(),
                                withoutElision(surface.toLowerCase(Locale.ROOT)), surface, token.start(),
                                token.end()));
                    }
                }
            }

            @Override
            public void close() {
                analysis.close();
            }
        };
    }

    /** The elided article the tokenizer keeps in a word's surface ({@code l'aidant}) removed: {@code aidant}. */
    static String withoutElision(String surface) {
        return ELISION.matcher(surface).replaceFirst("");
    }

    private static final java.util.regex.Pattern ELISION =
            java.util.regex.Pattern.compile("^(?:l|m|t|qu|n|s|j|d|c|jusqu|quoiqu|lorsqu|puisqu)['’]");

    static boolean isTerm(String text, FrenchAnalysis.Token token) {
        String term = token.term();
        if (term.length() < 2) {
            return false;
        }
        boolean letter = false;
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        boolean placeholder = token.start() > 0 && text.charAt(token.start() - 1) == '['
                && token.end() < text.length() && text.charAt(token.end()) == ']';
        return letter && !placeholder;
    }
}
