package fr.observatoire.analytics.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.observatoire.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The French normalisation and the theme matching on real field wording (the generator's and the field's). */
class FrenchThemesTest {

    private static final ThemeVocabulary VOCABULARY = ThemeVocabulary.standard();

    private final FrenchAnalysis analysis = new FrenchAnalysis();
    private final ThemeMatcher matcher = new ThemeMatcher(VOCABULARY);

    @AfterEach
    void close() {
        analysis.close();
    }

    private List<String> terms(String text) {
        return analysis.tokens(text).stream().map(FrenchAnalysis.Token::term).toList();
    }

    private List<String> themes(String text) {
        return matcher.themes(text, analysis.tokens(text)).stream().map(ThemeMatcher.Match::theme).toList();
    }

    private List<String> matched(String text) {
        List<String> surfaces = new ArrayList<>();
        for (ThemeMatcher.Match match : matcher.themes(text, analysis.tokens(text))) {
            surfaces.add(text.substring(match.start(), match.end()));
        }
        return surfaces;
    }

    @Test
    void elidedArticlesAreRemovedAndTheWordKept() {
        assertThat(terms("l'aide")).isEqualTo(terms("aide"));
        assertThat(terms("d'accueil")).isEqualTo(terms("accueil"));
        // "qu'il": the elision leaves "il", a stop word
        assertThat(terms("qu'il")).isEmpty();
        assertThat(terms("Sortie d'ASE")).isEqualTo(terms("sortie ASE"));
        assertThat(themes("Sortie d'ASE sans solution de logement")).contains("sortie_ase", "logement");
    }

    @Test
    void accentsAndCaseAreFolded() {
        assertThat(terms("épuisé")).isEqualTo(terms("epuise")).isEqualTo(terms("ÉPUISÉ"));
        assertThat(themes("Desert medical a Tonneins")).containsExactly("desert_medical");
    }

    @Test
    void pluralAndFeminineFormsMatchTheSingularExpression() {
        assertThat(terms("listes d'attente")).isEqualTo(terms("liste d'attente"));
        assertThat(themes("Listes d'attente très longues")).containsExactly("liste_attente");
        assertThat(themes("Des aidants épuisés")).containsExactly("epuisement_aidants");
        assertThat(themes("Aidante épuisée")).containsExactly("epuisement_aidants");
        assertThat(terms("isolées")).isEqualTo(terms("isolé"));
        assertThat(themes("Déserts médicaux en zone rurale")).contains("desert_medical");
    }

    @Test
    void expressionsAllowOneWordBetweenTheirWordsAfterStopWords() {
        // "est" is not in Lucene's French stop list: one word between "aidant" and "épuisé"
        assertThat(matched("Constat : l'aidant est épuisé")).containsExactly("l'aidant est épuisé");
        assertThat(matched("Aidants familiaux épuisés")).containsExactly("Aidants familiaux épuisés");
        assertThat(matched("Accueil adapté de jour")).containsExactly("Accueil adapté de jour");
        // two words between: no match
        assertThat(themes("Accueil pour adultes handicapés le jour")).doesNotContain("accueil_de_jour");
    }

    @Test
    void anExpressionSplitByPunctuationDoesNotMatch() {
        assertThat(themes("Un hébergement. Temporaire, peut-être")).doesNotContain("hebergement_temporaire");
        assertThat(themes("Un hébergement temporaire")).contains("hebergement_temporaire");
        assertThat(themes("Le désert; médical")).doesNotContain("desert_medical");
        assertThat(themes("Fin de la sortie; d'ASE on ne parle plus")).doesNotContain("sortie_ase")
                .contains("protection_enfance");
        assertThat(themes("Désert\nmédical")).doesNotContain("desert_medical");
        // a hyphen joins: "non-recours" is one expression
        assertThat(themes("Non-recours à l'APA")).contains("non_recours", "apa");
    }

    @Test
    void typosAreLeftAsTheyAreAndNeverCorrectedIntoATheme() {
        // a letter missing, two letters swapped, a letter doubled (which the light stemmer alone would merge)
        assertThat(themes("Liste d'atente de 8 mois")).doesNotContain("liste_attente");
        assertThat(themes("Dséert médical")).doesNotContain("desert_medical");
        assertThat(themes("Retouur positif des familles")).doesNotContain("pratique_positive");
        assertThat(themes("Retour positif des familles")).contains("pratique_positive");
        assertThat(terms("retouur")).isNotEqualTo(terms("retour"));
    }

    @Test
    void eachThemeKeepsItsFirstMatchAsWritten() {
        String text = "Liste d'attente SESSAD de 9 mois; en attente aussi pour l'IME";
        assertThat(matcher.themes(text, analysis.tokens(text))).extracting(ThemeMatcher.Match::theme)
                .containsExactly("liste_attente", "sessad", "ime");
        assertThat(matched(text).get(0)).isEqualTo("Liste d'attente");
    }

    @Test
    void theStandardVocabularyIsVersionedWithSnakeCaseCodesAndFrenchLabels() {
        assertThat(VOCABULARY.version()).isEqualTo("themes-v1");
        assertThat(VOCABULARY.themes()).hasSizeBetween(30, 50)
                .containsEntry("repit_aidants", "Répit des aidants")
                .containsEntry("sortie_ase", "Sortie de l'ASE (jeunes majeurs)");
        assertThat(VOCABULARY.themes().keySet()).allMatch(code -> code.matches("[a-z][a-z0-9_]*"));
    }

    @Test
    void aVocabularyLineThatCannotBeUsedIsNamedWithItsLine() {
        assertThatThrownBy(() -> ThemeVocabulary.parse("mine.csv",
                "version;t1\ntheme;label;expression\nrepit;Répit;répit\nvide;Vide;de la\n"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("mine.csv").hasMessageContaining("line 4").hasMessageContaining("de la");
        assertThatThrownBy(() -> ThemeVocabulary.parse("mine.csv",
                "theme;label;expression\nrepit;Répit;répit\n"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> ThemeVocabulary.parse("mine.csv",
                "version;t1\ntheme;label;expression\nRépit;Répit;répit\n"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("snake_case");
    }

    @Test
    void contextsAreCutAtWordBoundaries() {
        String text = "Situation remontée par l'équipe : aidant épuisé, aucune solution de répit à moins de 30 km"
                + " autour de la commune depuis des mois";
        int start = text.indexOf("répit");
        String left = ContextAnnotator.left(text, start);
        String right = ContextAnnotator.right(text, start + "répit".length());
        assertThat(text).contains(left).contains(right);
        assertThat(left.length()).isLessThanOrEqualTo(ContextAnnotator.WIDTH);
        assertThat(Character.isWhitespace(text.charAt(text.indexOf(left) - 1))).isTrue();
        assertThat(right).isEqualTo("à moins de 30 km autour de la commune depuis des mois");
    }
}
