package fr.observatoire.reports.view;

import fr.observatoire.vocabulary.NeedDomain;
import fr.observatoire.vocabulary.Public;
import fr.observatoire.vocabulary.SourceGroup;

/** French labels of vocabulary codes; an unknown code is shown as it is. */
public final class Labels {

    private Labels() {
    }

    public static String publicLabel(String code) {
        return code == null ? "" : Public.parse(code).map(Public::label).orElse(code);
    }

    public static String domain(String code) {
        return code == null ? "" : NeedDomain.parse(code).map(NeedDomain::label).orElse(code);
    }

    public static String sourceGroup(String code) {
        return code == null ? "" : SourceGroup.parse(code).map(SourceGroup::label).orElse(code);
    }

    public static String trend(String trend) {
        if (trend == null) {
            return "";
        }
        return switch (trend) {
            case "hausse", "en_hausse", "up" -> "↗ en hausse";
            case "baisse", "en_baisse", "down" -> "↘ en baisse";
            case "stable" -> "→ stable";
            case "nouveau" -> "nouveau";
            default -> trend;
        };
    }
}
