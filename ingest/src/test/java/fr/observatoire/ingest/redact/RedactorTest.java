package fr.observatoire.ingest.redact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    private final Redactor redactor = new Redactor();
    private final int[] counts = new int[RedactionKind.values().length];

    private String redact(String text) {
        return redactor.redact(text, counts);
    }

    private int count(RedactionKind kind) {
        return counts[kind.ordinal()];
    }

    /** A random NIR body (sex, year, month, département incl. 2A/2B, commune, order) and its key. */
    private static String[] randomNir(SplittableRandom random) {
        String departement = switch (random.nextInt(4)) {
            case 0 -> "2A";
            case 1 -> "2B";
            default -> String.format("%02d", random.nextInt(1, 96));
        };
        String body = (random.nextBoolean() ? "1" : "2") + String.format("%02d", random.nextInt(100))
                + String.format("%02d", random.nextInt(1, 13)) + departement
                + String.format("%03d", random.nextInt(1, 1000)) + String.format("%03d", random.nextInt(1, 1000));
        long number = Long.parseLong(body.replace("2A", "19").replace("2B", "18"));
        int key = (int) (97 - number % 97);
        return new String[] {body, String.format("%02d", key)};
    }

    private static String spaced(String body, String key) {
        return body.charAt(0) + " " + body.substring(1, 3) + " " + body.substring(3, 5) + " " + body.substring(5, 7)
                + " " + body.substring(7, 10) + " " + body.substring(10, 13) + " " + key;
    }

    @Test
    void redactsSeededRandomNirsWithAValidKeyCompactOrSpaced() {
        SplittableRandom random = new SplittableRandom(20260115L);
        for (int i = 0; i < 500; i++) {
            String[] nir = randomNir(random);
            String written = random.nextBoolean() ? nir[0] + nir[1] : spaced(nir[0], nir[1]);
            assertThat(redact("NIR de la personne : " + written + ", à vérifier"))
                    .as(written).isEqualTo("NIR de la personne : [NIR], à vérifier");
        }
        assertThat(count(RedactionKind.NIR)).isEqualTo(500);
    }

    @Test
    void keepsSeededRandomNirsWhoseKeyIsWrong() {
        SplittableRandom random = new SplittableRandom(7L);
        for (int i = 0; i < 500; i++) {
            String[] nir = randomNir(random);
            int wrong = (Integer.parseInt(nir[1]) + random.nextInt(1, 97)) % 97;
            String key = String.format("%02d", wrong == 0 ? 97 : wrong);
            if (key.equals(nir[1])) {
                continue;
            }
            String text = "numéro " + spaced(nir[0], key);
            assertThat(redact(text)).as(text).doesNotContain("[NIR]");
        }
        assertThat(count(RedactionKind.NIR)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"06 12 34 56 78", "0612345678", "06.12.34.56.78", "06-12-34-56-78", "+33 6 12 34 56 78",
            "+33612345678", "0033 6 12 34 56 78", "+33 (0)6 12 34 56 78", "01 23 45 67 89", "09.87.65.43.21"})
    void redactsFrenchPhoneNumbersInEverySpelling(String phone) {
        assertThat(redact("Rappeler au " + phone + " demain")).isEqualTo("Rappeler au [TELEPHONE] demain");
        assertThat(count(RedactionKind.TELEPHONE)).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jean.dupont@example.org", "m.martin+asso@mairie-lille.fr", "contact@ccas.ville.fr",
            "Prenom_Nom-2@sous.domaine.gouv.fr"})
    void redactsEmailAddresses(String email) {
        assertThat(redact("écrire à " + email + ".")).isEqualTo("écrire à [EMAIL].");
        assertThat(count(RedactionKind.EMAIL)).isEqualTo(1);
    }

    @Test
    void redactsIbansWhoseChecksumHoldsAndKeepsTheOthers() {
        assertThat(redact("RIB FR76 3000 6000 0112 3456 7890 189 joint")).isEqualTo("RIB [IBAN] joint");
        assertThat(redact("RIB FR7630006000011234567890189")).isEqualTo("RIB [IBAN]");
        assertThat(redact("IBAN DE89 3704 0044 0532 0130 00")).isEqualTo("IBAN [IBAN]");
        assertThat(redact("RIB FR76 3000 6000 0112 3456 7890 188 faux")).contains("FR76 3000 6000 0112 3456 7890 188");
        assertThat(count(RedactionKind.IBAN)).isEqualTo(3);
        assertThat(Redactor.isValidIban("GB82 WEST 1234 5698 7654 32")).isTrue();
        assertThat(Redactor.isValidIban("GB82 WEST 1234 5698 7654 33")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"M.", "Mr", "Mme", "Mlle", "Madame", "Monsieur", "Docteur", "Dr", "Dr."})
    void redactsNamesAfterACivility(String civility) {
        assertThat(redact("Vu avec " + civility + " Le Goff-Martin ce matin"))
                .isEqualTo("Vu avec " + civility + " [NOM] ce matin");
        assertThat(count(RedactionKind.NOM)).isEqualTo(1);
    }

    @Test
    void keepsCivilitiesNotFollowedByAName() {
        String text = "M. le maire et Madame la présidente du CD; Mme x";
        assertThat(redact(text)).isEqualTo(text);
        assertThat(count(RedactionKind.NOM)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Commune 59350, code postal 59000, département 2A, commune 2A004",
            "Observé le 12/03/2025 et le 2025-03-12T10:00:00Z",
            "Reste à charge 1 200 € par mois, soit 14 400 € par an, 1 200,50 € au total",
            "FINESS 750000523 et FINESS 590781415, SIREN 200093201",
            "Années 2023 2024 2025 2026, 35 places, 120 jours d'attente",
            "Liste: 75001 75002 75003 75004 75005 75006",
            "Numéro de dossier 2024-000123-45"})
    void leavesCodesDatesAmountsAndFinessNumbersAlone(String text) {
        assertThat(redact(text)).isEqualTo(text);
        assertThat(counts).containsOnly(0);
    }

    @Test
    void redactsEveryNameOfATextWithSeveralCivilitiesSomeWithoutAName() {
        String text = "Madame, Dr. Martin puis M. le maire, Mme Durand Le Gall et MDPH; Monsieur Petit";
        assertThat(redact(text))
                .isEqualTo("Madame, Dr. [NOM] puis M. le maire, Mme [NOM] et MDPH; Monsieur [NOM]")
                .isEqualTo(Redactor.NAME.matcher(text).replaceAll("$1$2[NOM]"));
        assertThat(count(RedactionKind.NOM)).isEqualTo(3);
    }

    @Test
    void aCivilityInsideANameIsPartOfThatName() {
        String text = "Suivi par M. Bernard Mme Durand, puis Dr House";
        assertThat(redact(text)).isEqualTo("Suivi par M. [NOM], puis Dr [NOM]");
        assertThat(count(RedactionKind.NOM)).isEqualTo(2);
    }

    @Test
    void returnsTheSameInstanceWhenThereIsNothingToRedact() {
        String text = "Manque de places en accueil de jour";
        assertThat(redact(text)).isSameAs(text);
        assertThat(redactor.redact(null, counts)).isNull();
    }
}
