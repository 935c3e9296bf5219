package fr.observatoire.reports.data;

import java.util.Locale;

/**
 * A territory as the diagnostic names it: level (commune, epci, departement, region, france, grouping:NAME), code
 * and name.
 */
public record TerritoryRef(String level, String code, String name) {

    /** A name for files and folders: ASCII letters, digits and dashes. */
    public String slug() {
        String base = level.startsWith("grouping:") ? level.substring("grouping:".length()) + "-" + code : level + "-" + code;
        return slugOf(base);
    }

    public static String slugOf(String text) {
        String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return folded.replaceAll("^-+|-+$", "");
    }

    /** French label of the level. */
    public String levelLabel() {
        return switch (level) {
            case "commune" -> "Commune";
            case "epci" -> "EPCI";
            case "departement" -> "Département";
            case "region" -> "Région";
            case "france" -> "France";
            default -> level.startsWith("grouping:") ? "Regroupement " + level.substring("grouping:".length()) : level;
        };
    }
}
