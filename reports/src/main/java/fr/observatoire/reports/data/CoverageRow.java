package fr.observatoire.reports.data;

import java.time.LocalDate;

/** Observations of a territory and period by source group. */
public record CoverageRow(String sourceGroup, long observations, long contributors, LocalDate firstObserved,
        LocalDate lastObserved, long redactions) {
}
