package fr.observatoire.reports.view;

/** One bar of a ranked bar chart: a label, its value, the text shown beside it, and whether it is marked. */
public record Bar(String label, double value, String valueText, boolean marked, String tooltip) {
}
