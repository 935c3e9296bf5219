package fr.observatoire.ingest.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The scan that decides which expressions to run never changes a result: on random texts built from fragments of
 * identifiers, near misses and separators, the redactor gives what the expressions alone give when run every time
 * the text holds 9 digits or more (the rule before the scan measured digit runs), searching the whole text.
 */
class RedactorScreenTest {

    private static final String[] FRAGMENTS = {"06 12 34 56 78", "0612345678", "+33 (0)1 23 45 67 89", "0033 6.12.34.56.78",
            "06-12-34-56-7", "1 85 05 78 006 084 36", "185057800608436", "2 85 05 2A 006 084 12", "1850578006084",
            "FR76 3000 6000 0112 3456 7890 189", "FR7630006000011234567890189", "GB82WEST12345698765432", "FR76 3000",
            "jean.dupont@example.org", "a@b", "x.y+z@mail.fr.", "M. Bernard", "Mme Martin", "Dr House", "Madame", "MDPH", "_Mme Le Gall", "12/03/2025", "1 200 €",
            "FINESS 750000523", "59350", "2A004", "2b", "(", ")", ".", "-", " ", "  ", "+", "0", "7", "33", "A", "Z",
            "é", "’", "\n", "x", "1", "12", "123", "2024", "99"};

    private static String oracle(String text) {
        String result = text;
        if (text.indexOf('@') >= 0) {
            result = Redactor.EMAIL.matcher(result).replaceAll("[EMAIL]");
        }
        if (text.chars().filter(c -> c >= '0' && c <= '9').count() >= 9) {
            result = checked(Redactor.IBAN, result, "[IBAN]", true);
            result = checked(Redactor.NIR, result, "[NIR]", false);
            result = Redactor.TELEPHONE.matcher(result).replaceAll("[TELEPHONE]");
        }
        return civility(text) ? Redactor.NAME.matcher(result).replaceAll("$1$2[NOM]") : result;
    }

    /** A civility in the text as sent (not after other replacements): 'M' or 'D' after no letter or digit. */
    private static boolean civility(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == 'M' || c == 'D') && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                for (String civility : new String[] {"M.", "Mr", "Mme", "Mlle", "Madame", "Monsieur", "Mademoiselle",
                        "Docteur", "Dr"}) {
                    if (text.startsWith(civility, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String checked(Pattern pattern, String text, String token, boolean iban) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            if (iban ? Redactor.isValidIban(matcher.group()) : Redactor.isValidNir(matcher.group())) {
                out.append(text, last, matcher.start()).append(token);
                last = matcher.end();
            }
        }
        return out.append(text, last, text.length()).toString();
    }

    @Test
    void givesWhatTheExpressionsAloneGiveOnRandomTexts() {
        Redactor redactor = new Redactor();
        SplittableRandom random = new SplittableRandom(20261123L);
        int[] counts = new int[RedactionKind.values().length];
        int changed = 0;
        for (int round = 0; round < 30_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int parts = random.nextInt(1, 8); parts > 0; parts--) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                if (random.nextInt(3) == 0) {
                    text.append(' ');
                }
            }
            String input = text.toString();
            String expected = oracle(input);
            assertThat(redactor.redact(input, counts)).as(input).isEqualTo(expected);
            if (!expected.equals(input)) {
                changed++;
            }
        }
        assertThat(changed).isGreaterThan(1000);
    }
}
