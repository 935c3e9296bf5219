package fr.observatoire.analytics.themes;

import fr.observatoire.error.ObservatoryException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The French normalisation of free text, with Lucene: {@code StandardTokenizer} (Unicode word boundaries), elision
 * of the French articles ({@code l'}, {@code d'}, {@code qu'}...), lower case, the French stop words of Lucene's
 * {@code FrenchAnalyzer} (Snowball list), accent folding ({@code épuisé} and {@code epuise} give one term) and the
 * light French stemmer of Savoy ({@code aidants}, {@code aidante} give {@code aidant}). Typos are left as they are:
 * {@code epusé} is not {@code épuisé}, and neither is {@code épuiisé}: the light stemmer merges doubled letters (it
 * would turn {@code retouur} into {@code retour}), so doubled letters are masked before it and restored after it
 * ({@link DoubledLetters}); a mere missing accent is folded, by design. Each token keeps the offsets of its surface form in the text.
 *
 * <p>Not thread-safe and not serializable: build one per worker. Closing releases the analyzer.
 */
final class FrenchAnalysis implements AutoCloseable {

    /** A normalised term and where it is written in the text ({@code text.substring(start, end)}). */
    record Token(String term, int start, int end) {
    }

    private static final CharArraySet STOP_WORDS = FrenchAnalyzer.getDefaultStopSet();

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS);
            stream = new ASCIIFoldingFilter(stream);
            stream = new DoubledLetters(stream, true);
            stream = new FrenchLightStemFilter(stream);
            stream = new DoubledLetters(stream, false);
            return new TokenStreamComponents(source, stream);
        }
    };

    /** The tokens of a text in order; none for null or blank text. */
    List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new ObservatoryException("Cannot analyse text '" + text + "'", e);
        }
        return tokens;
    }

    @Override
    public void close() {
        analyzer.close();
    }

    /**
     * Masks (before the stemmer) or restores (after it) the second letter of each doubled letter, so that the
     * stemmer's normalisation of doubled letters does not silently correct a typo. The mask is a private-use
     * character, never a letter, so the stemmer leaves it in place. A doubled {@code e} is left to the stemmer:
     * it is the feminine ending {@code -ée(s)} ({@code épuisées} must give {@code épuis}), so a doubled-e typo
     * is the one the stemmer still merges.
     */
    private static final class DoubledLetters extends TokenFilter {

        private static final char MASK = '\uE000';

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final boolean mask;

        DoubledLetters(TokenStream input, boolean mask) {
            super(input);
            this.mask = mask;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] buffer = term.buffer();
            int length = term.length();
            for (int i = 1; i < length; i++) {
                if (mask && buffer[i] == buffer[i - 1] && buffer[i] != 'e' && Character.isLetter(buffer[i])) {
                    buffer[i] = MASK;
                } else if (!mask && buffer[i] == MASK) {
                    buffer[i] = buffer[i - 1];
                }
            }
            return true;
        }
    }
}
