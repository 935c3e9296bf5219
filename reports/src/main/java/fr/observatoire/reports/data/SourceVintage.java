package fr.observatoire.reports.data;

/** Source and vintage of a reference table. */
public record SourceVintage(String table, String source, String vintage) {
}
