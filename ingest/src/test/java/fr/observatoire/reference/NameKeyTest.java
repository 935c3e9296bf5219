package fr.observatoire.reference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeyTest {

    @Test
    void foldsAccentsCaseSeparatorsSaintsAndLeadingArticles() {
        assertThat(NameKey.of("L'Haÿ-les-Roses")).isEqualTo("hay les roses");
        assertThat(NameKey.of("  St-Étienne-du-Rouvray ")).isEqualTo("saint etienne du rouvray");
        assertThat(NameKey.of("STE-MARIE-AUX-MINES")).isEqualTo("sainte marie aux mines");
        assertThat(NameKey.of("Œuilly")).isEqualTo("oeuilly");
        assertThat(NameKey.of("Les Trois-Îlets")).isEqualTo("trois ilets");
        assertThat(NameKey.of("La")).isEqualTo("la");
        assertThat(NameKey.of("Le Mans")).isEqualTo(NameKey.of("mans"));
        assertThat(NameKey.of("Saint-Denis")).isNotEqualTo(NameKey.of("Saint-Denis-de-Pile"));
        assertThat(NameKey.of(null)).isEmpty();
    }
}
