package fr.observatoire.reports.view;

import java.util.List;
import java.util.Set;

/** The choropleth map: a value per département (null when hidden or unknown) and the départements to highlight. */
public record MapModel(String title, String unit, List<Shade> shades, Set<String> highlighted) {

    public record Shade(String code, String name, Double value, boolean hidden) {
    }
}
