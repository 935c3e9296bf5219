package fr.observatoire.ingest.validate;

import fr.observatoire.ingest.schema.Field;
import fr.observatoire.reference.Commune;
import fr.observatoire.reference.Territories;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Resolves a row's territory from its commune (COG code, arrondissement code or name), postal code and département
 * columns, to a commune with its EPCI, département and région, or to a département alone.
 */
final class TerritoryResolver {

    private static final int CANDIDATES_SHOWN = 6;

    private final Territories territories;
    private final CommuneCodes communes;

    TerritoryResolver(CommuneCodes communes) {
        this.territories = communes.territories();
        this.communes = communes;
    }

    /** The resolved territory; null when a violation was added to {@code problems}. */
    record Territory(String communeCode, String epciCode, String departementCode, String regionCode,
                     String precision) {
    }

    Territory resolve(String commune, String postalCode, String departement, RowProblems problems) {
        if (commune == null && postalCode == null && departement == null) {
            problems.add(Field.COMMUNE, ViolationCode.MISSING_TERRITORY, null,
                    "Missing territory: give `commune`, `code_postal` or `departement`");
            return null;
        }
        Commune found = null;
        if (commune != null) {
            found = looksLikeCode(commune) ? byCode(commune, problems) : byName(commune, postalCode, departement,
                    problems);
            if (found == null) {
                return null;
            }
        } else if (postalCode != null) {
            found = byPostalCode(postalCode, problems);
            if (found == null) {
                return null;
            }
        }
        if (found != null) {
            if (departement != null && !normaliseDepartement(departement).equals(found.departementCode())) {
                problems.add(Field.DEPARTEMENT, ViolationCode.INCONSISTENT_TERRITORY, departement,
                        "Cannot use `departement` '" + departement + "': commune " + found.code() + " "
                                + found.name() + " is in département " + found.departementCode());
                return null;
            }
            return new Territory(found.code(), found.epciCode(), found.departementCode(), found.regionCode(),
                    "commune");
        }
        String code = territories.departement(normaliseDepartement(departement)).orElse(null);
        if (code == null) {
            problems.add(Field.DEPARTEMENT, ViolationCode.UNKNOWN_DEPARTEMENT, departement,
                    "Cannot parse `departement` '" + departement + "': not a COG département code");
            return null;
        }
        return new Territory(null, null, code, territories.departementRegion(code).orElse(null), "departement");
    }

    private Commune byCode(String raw, RowProblems problems) {
        String code = raw.toUpperCase(Locale.ROOT);
        if (code.length() == 4) {
            code = "0" + code;
        }
        Commune commune = communes.commune(code);
        if (commune == null) {
            String parent = arrondissementParent(code);
            commune = parent == null ? null : communes.commune(parent);
        }
        if (commune == null) {
            problems.add(Field.COMMUNE, ViolationCode.UNKNOWN_COMMUNE, raw,
                    "Cannot parse `commune` '" + raw + "': not a COG commune code");
        }
        return commune;
    }

    private Commune byName(String name, String postalCode, String departement, RowProblems problems) {
        List<Commune> candidates = territories.byName(name);
        if (candidates.isEmpty()) {
            problems.add(Field.COMMUNE, ViolationCode.UNKNOWN_COMMUNE, name,
                    "Cannot parse `commune` '" + name + "': no commune of that name");
            return null;
        }
        List<Commune> narrowed = candidates;
        if (candidates.size() > 1 && postalCode != null) {
            String postal = normalisePostalCode(postalCode);
            narrowed = narrowed.stream().filter(c -> c.postalCodes().contains(postal)).toList();
        }
        if (narrowed.size() > 1 && departement != null) {
            String code = normaliseDepartement(departement);
            narrowed = narrowed.stream().filter(c -> c.departementCode().equals(code)).toList();
        }
        if (narrowed.size() == 1) {
            return narrowed.get(0);
        }
        if (narrowed.isEmpty()) {
            problems.add(Field.COMMUNE, ViolationCode.UNKNOWN_COMMUNE, name,
                    "Cannot parse `commune` '" + name + "': no commune of that name with postal code "
                            + (postalCode == null ? "-" : postalCode) + " and département "
                            + (departement == null ? "-" : departement) + "; candidates " + describe(candidates));
            return null;
        }
        problems.add(Field.COMMUNE, ViolationCode.AMBIGUOUS_COMMUNE, name,
                "Cannot parse `commune` '" + name + "': ambiguous, " + narrowed.size() + " communes have that name ("
                        + describe(narrowed) + "); give the COG code or the postal code");
        return null;
    }

    private Commune byPostalCode(String raw, RowProblems problems) {
        String postal = normalisePostalCode(raw);
        List<Commune> communes = territories.byPostalCode(postal);
        if (communes.size() == 1) {
            return communes.get(0);
        }
        if (communes.isEmpty()) {
            problems.add(Field.CODE_POSTAL, ViolationCode.UNKNOWN_POSTAL_CODE, raw,
                    "Cannot parse `code_postal` '" + raw + "': not a known postal code");
        } else {
            problems.add(Field.CODE_POSTAL, ViolationCode.AMBIGUOUS_POSTAL_CODE, raw,
                    "Cannot use `code_postal` '" + raw + "' alone: it serves " + communes.size() + " communes ("
                            + describe(communes) + "); give the commune name or code");
        }
        return null;
    }

    private static String describe(List<Commune> communes) {
        String shown = communes.stream().limit(CANDIDATES_SHOWN)
                .map(c -> c.code() + " " + c.name()).collect(Collectors.joining(", "));
        return communes.size() > CANDIDATES_SHOWN ? shown + ", …" : shown;
    }

    /** 5 characters (digits, or 2A/2B then 3 digits), or 4 digits whose leading zero a spreadsheet dropped. */
    static boolean looksLikeCode(String raw) {
        int n = raw.length();
        if (n != 4 && n != 5) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            boolean corsica = n == 5 && i == 1 && raw.charAt(0) == '2' && (c == 'A' || c == 'B' || c == 'a' || c == 'b');
            if (!(c >= '0' && c <= '9') && !corsica) {
                return false;
            }
        }
        return true;
    }

    /** Paris, Marseille and Lyon arrondissements → their commune. */
    static String arrondissementParent(String code) {
        if (code.length() != 5 || !code.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int number = Integer.parseInt(code);
        if (number >= 75101 && number <= 75120) {
            return "75056";
        }
        if (number >= 13201 && number <= 13216) {
            return "13055";
        }
        if (number >= 69381 && number <= 69389) {
            return "69123";
        }
        return null;
    }

    static String normalisePostalCode(String raw) {
        String compact = raw.replace(" ", "");
        return compact.length() == 4 && compact.chars().allMatch(Character::isDigit) ? "0" + compact : compact;
    }

    static String normaliseDepartement(String raw) {
        String code = raw.toUpperCase(Locale.ROOT);
        return code.length() == 1 && Character.isDigit(code.charAt(0)) ? "0" + code : code;
    }
}
