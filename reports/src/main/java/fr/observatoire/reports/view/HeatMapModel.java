package fr.observatoire.reports.view;

import java.util.List;

/** Needs by public × domain for the SVG heat map: value per cell (null when absent), hidden cells flagged. */
public record HeatMapModel(String title, String unit, List<String> rowLabels, List<String> columnLabels,
        Double[][] values, boolean[][] hidden) {
}
