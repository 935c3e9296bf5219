package fr.observatoire.reports;

import fr.observatoire.error.InvalidInputException;
import fr.observatoire.reports.data.TerritoryRef;
import java.util.List;
import java.util.Set;

/**
 * Picks territories of the diagnostic from a selector: {@code all} (every département, région, France and
 * grouping), {@code LEVEL:CODE} ({@code commune:47001}, {@code epci:200000438}, {@code departement:47},
 * {@code region:75}, {@code france}), {@code grouping:NAME} (every zone of a grouping) or {@code grouping:NAME:CODE},
 * {@code LEVEL:*} (every territory of a level), or a bare code: five characters a commune, nine digits an EPCI, otherwise a département.
 */
public final class TerritorySelector {

    private static final Set<String> ALL_LEVELS = Set.of("departement", "region", "france");

    private TerritorySelector() {
    }

    /** Territories named by a selector, or by several selectors separated by commas (in that order). */
    public static List<TerritoryRef> select(List<TerritoryRef> known, String selector) {
        if (selector != null && selector.contains(",")) {
            java.util.LinkedHashSet<TerritoryRef> union = new java.util.LinkedHashSet<>();
            for (String part : selector.split(",")) {
                union.addAll(select(known, part));
            }
            return List.copyOf(union);
        }
        String s = selector == null ? "all" : selector.strip();
        List<TerritoryRef> chosen;
        if (s.equalsIgnoreCase("all")) {
            chosen = known.stream().filter(t -> ALL_LEVELS.contains(t.level()) || t.level().startsWith("grouping:")).toList();
        } else if (s.equalsIgnoreCase("france")) {
            chosen = known.stream().filter(t -> t.level().equals("france")).toList();
        } else if (s.startsWith("grouping:")) {
            String rest = s.substring("grouping:".length());
            int colon = rest.indexOf(':');
            String name = colon < 0 ? rest : rest.substring(0, colon);
            String code = colon < 0 ? null : rest.substring(colon + 1);
            chosen = known.stream().filter(t -> t.level().equals("grouping:" + name)
                    && (code == null || t.code().equals(code))).toList();
        } else if (s.endsWith(":*")) {
            String level = s.substring(0, s.length() - 2);
            chosen = known.stream().filter(t -> t.level().equals(level)).toList();
        } else {
            int colon = s.indexOf(':');
            String level = colon < 0 ? levelOf(s) : s.substring(0, colon);
            String code = colon < 0 ? s : s.substring(colon + 1);
            chosen = known.stream().filter(t -> t.level().equals(level) && t.code().equalsIgnoreCase(code)).toList();
        }
        if (chosen.isEmpty()) {
            throw InvalidInputException.at(null, 0, "territory", selector,
                    "no such territory in the diagnostic (use all, france, departement:47, region:75, commune:47001, "
                            + "epci:SIREN or grouping:NAME)");
        }
        return chosen;
    }

    static String levelOf(String code) {
        if (code.length() == 5) {
            return "commune";
        }
        if (code.length() == 9 && code.chars().allMatch(Character::isDigit)) {
            return "epci";
        }
        return "departement";
    }
}
