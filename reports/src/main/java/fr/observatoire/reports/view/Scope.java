package fr.observatoire.reports.view;

import java.util.List;
import java.util.Set;

/**
 * The publics, need domains and themes of the texts a report keeps (empty set: all), and comparison départements.
 * Themes are codes of the themes vocabulary; they select the rows of the themes section only.
 */
public record Scope(Set<String> publics, Set<String> domains, List<String> comparisons, Set<String> themes) {

    public static final Scope ALL = new Scope(Set.of(), Set.of(), List.of(), Set.of());

    public Scope {
        publics = Set.copyOf(publics);
        domains = Set.copyOf(domains);
        comparisons = List.copyOf(comparisons);
        themes = themes == null ? Set.of() : Set.copyOf(themes);
    }

    public Scope(Set<String> publics, Set<String> domains, List<String> comparisons) {
        this(publics, domains, comparisons, Set.of());
    }

    public boolean keepsPublic(String code) { return publics.isEmpty() || publics.contains(code); }

    public boolean keepsDomain(String code) { return domains.isEmpty() || domains.contains(code); }

    public boolean keepsTheme(String code) { return themes.isEmpty() || themes.contains(code); }
}
