package fr.observatoire.analytics.themes;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.error.ObservatoryException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The versioned vocabulary of themes: each theme (snake_case code, French label) with the expressions that name it,
 * each already analysed into its sequence of stems by {@link FrenchAnalysis}. Read from
 * {@code fr/observatoire/analytics/themes/themes-v1.csv} (format in that file's comments and in
 * {@code docs/analytics-themes.md}). Immutable and serializable: shipped as it is to Spark executors.
 *
 * @param version     the vocabulary's version, e.g. {@code themes-v1}, written in every output row
 * @param themes      theme code to label, in file order
 * @param expressions every expression, in file order
 */
public record ThemeVocabulary(String version, Map<String, String> themes, List<Expression> expressions)
        implements Serializable {

    /** The vocabulary the job uses unless told otherwise. */
    public static final String DEFAULT_RESOURCE = "fr/observatoire/analytics/themes/themes-v1.csv";

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");

    /**
     * One expression of a theme.
     *
     * @param theme   theme code
     * @param written the expression as written in the file
     * @param stems   its analysed form, at least one stem
     * @param line    line of the file, for messages
     */
    public record Expression(String theme, String written, List<String> stems, int line) implements Serializable {
        public Expression {
            stems = List.copyOf(stems);
        }
    }

    public ThemeVocabulary {
        Objects.requireNonNull(version, "version");
        themes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(themes));
        expressions = List.copyOf(expressions);
    }

    /** The default vocabulary, from the class path. */
    public static ThemeVocabulary standard() {
        return fromResource(DEFAULT_RESOURCE);
    }

    /** A vocabulary from a class-path resource. */
    public static ThemeVocabulary fromResource(String resource) {
        try (InputStream in = ThemeVocabulary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ObservatoryException("Theme vocabulary not found on the class path: " + resource);
            }
            return parse(resource, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ObservatoryException("Cannot read the theme vocabulary " + resource, e);
        }
    }

    /** A vocabulary from text, for tests; {@code name} names it in messages. */
    public static ThemeVocabulary parse(String name, String text) {
        try {
            return parse(name, new StringReader(text));
        } catch (IOException e) {
            throw new ObservatoryException("Cannot read the theme vocabulary " + name, e);
        }
    }

    /** The label of a theme. */
    public String label(String theme) {
        return themes.get(theme);
    }

    private static ThemeVocabulary parse(String name, Reader reader) throws IOException {
        String version = null;
        boolean header = false;
        Map<String, String> themes = new LinkedHashMap<>();
        List<Expression> expressions = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(reader); FrenchAnalysis analysis = new FrenchAnalysis()) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] cells = trimmed.split(";", -1);
                if (version == null) {
                    if (cells.length != 2 || !cells[0].strip().equals("version") || cells[1].isBlank()) {
                        throw InvalidInputException.at(name, number, "version", trimmed,
                                "the first line must be 'version;<id>'");
                    }
                    version = cells[1].strip();
                    continue;
                }
                if (!header) {
                    if (!trimmed.equals("theme;label;expression")) {
                        throw InvalidInputException.at(name, number, null, trimmed,
                                "expected the header 'theme;label;expression'");
                    }
                    header = true;
                    continue;
                }
                if (cells.length != 3) {
                    throw InvalidInputException.at(name, number, null, trimmed,
                            "expected 3 cells separated by ';', found " + cells.length);
                }
                String theme = cells[0].strip();
                String label = cells[1].strip();
                String written = cells[2].strip();
                if (!CODE.matcher(theme).matches()) {
                    throw InvalidInputException.at(name, number, "theme", theme, "not a snake_case ASCII code");
                }
                if (!label.isEmpty()) {
                    String known = themes.putIfAbsent(theme, label);
                    if (known != null && !known.equals(label)) {
                        throw InvalidInputException.at(name, number, "label", label,
                                "theme " + theme + " already has the label '" + known + "'");
                    }
                } else if (!themes.containsKey(theme)) {
                    throw InvalidInputException.at(name, number, "label", label,
                            "the first line of theme " + theme + " must give its label");
                }
                List<String> stems = analysis.tokens(written).stream().map(FrenchAnalysis.Token::term).toList();
                if (stems.isEmpty()) {
                    throw InvalidInputException.at(name, number, "expression", written,
                            "nothing left after analysis (only stop words?)");
                }
                expressions.add(new Expression(theme, written, stems, number));
            }
        }
        if (version == null || !header) {
            throw InvalidInputException.at(name, 0, null, null, "no version line or no header: empty vocabulary");
        }
        return new ThemeVocabulary(version, themes, expressions);
    }
}
