package fr.observatoire.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The crosswalk from published supply categories to the normalised categories of the gap analysis, read from the
 * resources {@code supply-categories.csv} (category → public served, aliases) and {@code finess-categories.csv}
 * (FINESS categetab → category).
 */
final class SupplyCategories {

    static final String OTHER = "OTHER";

    record Category(String code, String publicCode, String label) {
    }

    private final Map<String, Category> byCode = new HashMap<>();
    private final Map<String, Category> byAlias = new HashMap<>();
    private final Map<String, Category> byFiness = new HashMap<>();

    SupplyCategories() {
        for (List<String> fields : records("supply-categories.csv")) {
            Category category = new Category(fields.get(0), fields.get(1), fields.get(2));
            byCode.put(category.code(), category);
            byAlias.put(NameKey.of(category.code()), category);
            byAlias.put(NameKey.of(category.label()), category);
            if (fields.size() > 3) {
                for (String alias : fields.get(3).split("\\|")) {
                    byAlias.put(NameKey.of(alias), category);
                }
            }
        }
        for (List<String> fields : records("finess-categories.csv")) {
            Category category = byCode.get(fields.get(2));
            if (category == null) {
                throw new IllegalStateException("finess-categories.csv names an unknown category " + fields.get(2));
            }
            byFiness.put(fields.get(0), category);
        }
    }

    private static List<List<String>> records(String resource) {
        return Resources.text(resource).lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .skip(1)
                .map(line -> List.of(line.split(";", -1)))
                .toList();
    }

    /** The category of a FINESS categetab code. */
    Optional<Category> finess(String categetab) {
        return Optional.ofNullable(byFiness.get(categetab == null ? "" : categetab.strip()));
    }

    /** The category named by a code ("EHPAD"), a label or an alias ("foyer de vie"), compared folded. */
    Optional<Category> named(String name) {
        return Optional.ofNullable(byAlias.get(NameKey.of(name)));
    }
}
