package fr.observatoire.reports.view;

import java.util.Set;

/** The publics and need domains a report keeps (empty set: all), and comparison départements. */
public record Scope(Set<String> publics, Set<String> domains, java.util.List<String> comparisons) {

    public static final Scope ALL = new Scope(Set.of(), Set.of(), java.util.List.of());

    public Scope {
        publics = Set.copyOf(publics);
        domains = Set.copyOf(domains);
        comparisons = java.util.List.copyOf(comparisons);
    }

    public boolean keepsPublic(String code) { return publics.isEmpty() || publics.contains(code); }

    public boolean keepsDomain(String code) { return domains.isEmpty() || domains.contains(code); }
}
