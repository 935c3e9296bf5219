package fr.observatoire.reports.view;

/** One category of the equipment bar chart: the territory's rate beside the national and regional medians. */
public record BarGroup(String label, Double territory, Double national, Double regional) {
}
