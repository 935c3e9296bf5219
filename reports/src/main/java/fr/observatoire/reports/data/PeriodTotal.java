package fr.observatoire.reports.data;

/** Totals of a territory for one period. */
public record PeriodTotal(String period, long observations, long persons) {
}
