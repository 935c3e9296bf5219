package fr.observatoire.reference;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The comparison key of a place name: accents and case dropped, hyphens, apostrophes and spaces as one separator,
 * "St"/"Ste" spelled "saint"/"sainte", and a leading article (le, la, les, l') removed. "L'Haÿ-les-Roses",
 * "lhay les roses"? no: "l hay les roses" and "Haÿ-les-Roses" all give "hay les roses"; "St-Étienne" gives
 * "saint etienne".
 */
final class NameKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> ARTICLES = Set.of("le", "la", "les", "l");

    private NameKey() {
    }

    static String of(String name) {
        if (name == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
        String[] words = SEPARATORS.split(plain.strip());
        List<String> kept = new ArrayList<>(words.length);
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            kept.add(switch (word) {
                case "st" -> "saint";
                case "ste" -> "sainte";
                case "sts" -> "saints";
                case "stes" -> "saintes";
                default -> word;
            });
        }
        if (kept.size() > 1 && ARTICLES.contains(kept.get(0))) {
            kept.remove(0);
        }
        return String.join(" ", kept);
    }
}
