package fr.observatoire.reports.request;

import fr.observatoire.reports.view.Scope;
import java.nio.file.Path;

/**
 * A request that passed validation: who asks, the territory selector and slug, the period (null: latest), what to
 * keep, the disclosure threshold and the resolved output folder (inside the output root).
 */
public record ValidRequest(String organisation, String departement, String selector, String territorySlug,
        String period, Scope scope, int threshold, Path outputFolder) {
}
