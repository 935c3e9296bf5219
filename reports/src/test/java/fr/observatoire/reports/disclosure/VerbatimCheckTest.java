package fr.observatoire.reports.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerbatimCheckTest {

    @Test
    void masksEmailsPhoneNumbersAndSocialSecurityNumbersLeftInText() {
        assertThat(VerbatimCheck.redact("Écrire à marie.durand@example.fr ou appeler le 06 12 34 56 78."))
                .isEqualTo("Écrire à [masqué] ou appeler le [masqué].");
        assertThat(VerbatimCheck.redact("NIR 2 84 05 47 123 456 78 noté")).isEqualTo("NIR [masqué] noté");
        assertThat(VerbatimCheck.redact("+33 5 53 12 34 56")).isEqualTo("[masqué]");
    }

    @Test
    void leavesOrdinaryTextAndFiguresAlone() {
        String text = "Attente de 18 mois pour 12 places en 2025, 47 communes concernées.";
        assertThat(VerbatimCheck.redact(text)).isEqualTo(text);
    }
}
