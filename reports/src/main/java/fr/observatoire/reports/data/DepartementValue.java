package fr.observatoire.reports.data;

/** Persons concerned in a département for a period, and its population (for the map). */
public record DepartementValue(String code, String name, long persons, Long population) {
}
