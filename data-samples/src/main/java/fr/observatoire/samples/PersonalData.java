package fr.observatoire.samples;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Personal data that careless contributors put in free text, for ingest's redaction to find: e-mails, French phone
 * numbers in several spellings, NIR with a valid key, IBAN FR76 with a valid check, names after a civility. All are
 * invented; the NIR and IBAN are valid only arithmetically.
 */
final class PersonalData {

    private static final List<String> SURNAMES = List.of("Martin", "Dupont", "Durand", "Lefebvre", "Moreau",
            "Garcia", "Bernard", "Petit", "Roux", "Fournier", "Lambert", "Bonnet", "Mercier", "Dubois");
    private static final List<String> CIVILITIES = List.of("Mme", "Madame", "M.", "Monsieur", "Mlle", "Mr");
    private static final List<String> MAIL_DOMAINS = List.of("orange.fr", "gmail.com", "free.fr", "laposte.net",
            "wanadoo.fr", "hotmail.fr");

    private PersonalData() {
    }

    /** Kinds of sentence {@link #sentence} writes: e-mail, name and phone, NIR, IBAN, name, phone and e-mail. */
    static final int KINDS = 6;

    /** A sentence carrying one piece of personal data (or two), of the given kind in [0, {@link #KINDS}). */
    static String sentence(RandomGenerator random, int kind) {
        String name = SURNAMES.get(random.nextInt(SURNAMES.size()));
        String civility = CIVILITIES.get(random.nextInt(CIVILITIES.size()));
        random.nextInt(KINDS); // kept so that the draws after it do not move
        return switch (kind) {
            case 0 -> "Contact : " + email(name, random);
            case 1 -> "rappeler " + civility + " " + name + " au " + phone(random);
            case 2 -> "NIR " + nir(random, random.nextBoolean());
            case 3 -> "versement sur l'IBAN " + iban(random, random.nextBoolean());
            case 4 -> "situation de " + civility + " " + name + ", voir dossier";
            default -> "joignable au " + phone(random) + " ou par mail " + email(name, random);
        };
    }

    static String email(String name, RandomGenerator random) {
        return name.toLowerCase(java.util.Locale.ROOT) + "." + (char) ('a' + random.nextInt(26)) + random.nextInt(100)
                + "@" + MAIL_DOMAINS.get(random.nextInt(MAIL_DOMAINS.size()));
    }

    /** A French phone number: 06 12 34 56 78, 06.12.34.56.78, 0612345678, +33 6 12 34 56 78, 0033 6... */
    static String phone(RandomGenerator random) {
        int first = random.nextDouble() < 0.6 ? 6 + random.nextInt(2) : 1 + random.nextInt(5);
        int[] pairs = new int[4];
        for (int i = 0; i < 4; i++) {
            pairs[i] = random.nextInt(100);
        }
        String p = two(pairs[0]) + two(pairs[1]) + two(pairs[2]) + two(pairs[3]);
        return switch (random.nextInt(5)) {
            case 0 -> "0" + first + " " + p.substring(0, 2) + " " + p.substring(2, 4) + " " + p.substring(4, 6) + " "
                    + p.substring(6);
            case 1 -> "0" + first + "." + p.substring(0, 2) + "." + p.substring(2, 4) + "." + p.substring(4, 6) + "."
                    + p.substring(6);
            case 2 -> "0" + first + p;
            case 3 -> "+33 " + first + " " + p.substring(0, 2) + " " + p.substring(2, 4) + " " + p.substring(4, 6)
                    + " " + p.substring(6);
            default -> "0033" + first + p;
        };
    }

    /** A NIR (13 digits and a 2-digit key 97 − (n mod 97)), spaced as on a carte Vitale or compact. */
    static String nir(RandomGenerator random, boolean spaced) {
        int sex = 1 + random.nextInt(2);
        int year = random.nextInt(100);
        int month = 1 + random.nextInt(12);
        String[] departements = {"59", "13", "47", "75", "62", "33"};
        String dep = departements[random.nextInt(departements.length)];
        int commune = 1 + random.nextInt(600);
        int order = 1 + random.nextInt(999);
        String body = sex + two(year) + two(month) + dep + three(commune) + three(order);
        long key = nirKey(body);
        if (!spaced) {
            return body + two((int) key);
        }
        return body.charAt(0) + " " + body.substring(1, 3) + " " + body.substring(3, 5) + " " + body.substring(5, 7)
                + " " + body.substring(7, 10) + " " + body.substring(10, 13) + " " + two((int) key);
    }

    /** The NIR key of 13 digits (2A/2B replaced by 19/18 as the rule says). */
    static long nirKey(String thirteen) {
        String digits = thirteen.replace("2A", "19").replace("2B", "18");
        return 97 - Long.parseLong(digits) % 97;
    }

    /** An IBAN FR76 (5-digit bank, 5-digit branch, 11-character account, 2-digit key) with a valid mod-97 check. */
    static String iban(RandomGenerator random, boolean grouped) {
        StringBuilder bban = new StringBuilder(23);
        for (int i = 0; i < 21; i++) {
            bban.append(random.nextInt(10));
        }
        for (int key = 0; key < 100; key++) {
            String candidate = bban + two(key);
            if (ibanCheck(candidate) == 76) {
                String iban = "FR76" + candidate;
                if (!grouped) {
                    return iban;
                }
                StringBuilder spaced = new StringBuilder();
                for (int i = 0; i < iban.length(); i += 4) {
                    if (i > 0) {
                        spaced.append(' ');
                    }
                    spaced.append(iban, i, Math.min(iban.length(), i + 4));
                }
                return spaced.toString();
            }
        }
        throw new IllegalStateException("no RIB key gives FR76 for " + bban);
    }

    /** Check digits of a French IBAN whose BBAN is given (ISO 13616: 98 − (BBAN FR00 as digits mod 97)). */
    static int ibanCheck(String bban) {
        return 98 - mod97(bban + "152700");
    }

    /** Remainder modulo 97 of a string of digits and upper-case letters (A = 10 … Z = 35). */
    static int mod97(String digitsAndLetters) {
        int remainder = 0;
        for (int i = 0; i < digitsAndLetters.length(); i++) {
            char c = digitsAndLetters.charAt(i);
            if (Character.isDigit(c)) {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else {
                int value = c - 'A' + 10;
                remainder = (remainder * 100 + value) % 97;
            }
        }
        return remainder;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String three(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : Integer.toString(n);
    }
}
