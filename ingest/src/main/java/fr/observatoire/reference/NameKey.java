package fr.observatoire.reference;

import java.text.Normalizer;

/**
 * The comparison key of a place name: accents and case dropped, hyphens, apostrophes and spaces as one separator,
 * "St"/"Ste" spelled "saint"/"sainte", and a leading article (le, la, les, l') removed: "L'Haÿ-les-Roses" and
 * "hay les roses" both give "hay les roses"; "St-Étienne" and "saint etienne" both give "saint etienne".
 * One pass over the characters, no regular expression: it runs for every commune at load and for every lookup.
 */
final class NameKey {

    private NameKey() {
    }

    static String of(String name) {
        if (name == null) {
            return "";
        }
        String plain = name;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 127) {
                plain = Normalizer.normalize(name, Normalizer.Form.NFD);
                break;
            }
        }
        StringBuilder key = new StringBuilder(plain.length() + 8);
        StringBuilder word = new StringBuilder(16);
        for (int i = 0; i <= plain.length(); i++) {
            char c = i < plain.length() ? Character.toLowerCase(plain.charAt(i)) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                word.append(c);
            } else if (c == 'œ') {
                word.append("oe");
            } else if (c == 'æ') {
                word.append("ae");
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            } else if (word.length() > 0) {
                appendWord(key, word);
                word.setLength(0);
            }
        }
        if (key.length() > 0 && key.charAt(0) == '\u0001') {
            key.deleteCharAt(0);
        }
        return key.toString();
    }

    private static void appendWord(StringBuilder key, StringBuilder word) {
        String spelled = switch (word.toString()) {
            case "st" -> "saint";
            case "ste" -> "sainte";
            case "sts" -> "saints";
            case "stes" -> "saintes";
            default -> word.toString();
        };
        if (key.length() == 0 && (spelled.equals("le") || spelled.equals("la") || spelled.equals("les")
                || spelled.equals("l"))) {
            // A leading article: kept aside as a marker, dropped if another word follows.
            key.append('\u0001').append(spelled);
            return;
        }
        if (key.length() > 0 && key.charAt(0) == '\u0001') {
            key.setLength(0);
        } else if (key.length() > 0) {
            key.append(' ');
        }
        key.append(spelled);
    }
}
